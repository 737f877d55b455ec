# Precompiled headers: much of a translation unit's compile time here is
# parsing Qt, the standard library and Catch2, the same for every file.
# Used where they measured faster (core/ and its tests: 20-35 % less CPU per
# file). Not for the widgets: GCC loads the whole header image for every
# file, and with <QtWidgets> in it (370 MB with -g) that cost more than it
# saved. Turn them off (-DSTAGECRAFT_PCH=OFF) to check that every file
# includes what it uses.
option(STAGECRAFT_PCH "Precompile the Qt, standard library and Catch2 headers" ON)

# The headers most of core/ uses: Qt Core and the QPainter side of Qt Gui.
set(STAGECRAFT_CORE_PCH
  <QByteArray> <QColor> <QCoreApplication> <QDate> <QFontMetricsF> <QHash>
  <QList> <QPainter> <QPainterPath> <QSet> <QString> <QStringList>
  <algorithm> <functional> <optional> <vector>)

function(stagecraft_precompile target)
  if(STAGECRAFT_PCH)
    target_precompile_headers(${target} PRIVATE ${ARGN})
  endif()
endfunction()
