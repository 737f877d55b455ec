# Fails the build when a file under core/ includes a widget header: core/ must
# run headless (CLI, exporters, tests) and links no Qt6::Widgets.
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
foreach(f IN LISTS sources)
  file(STRINGS "${f}" hits REGEX "#[ \t]*include[ \t]*[<\"](QtWidgets/|QtPrintSupport/|QWidget|QMainWindow|QDialog|QGraphics|QApplication|QPrinter)")
  if(hits)
    message(FATAL_ERROR "${f} includes a widget header (core/ must stay headless): ${hits}")
  endif()
endforeach()
