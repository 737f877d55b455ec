// stagecraft: the editor. `stagecraft [FILE]` opens FILE, or shows the welcome page.
#include "canvas/mapcanvas.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace stagecraft;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stagecraft"));
    QApplication::setApplicationName(QStringLiteral("Stagecraft"));
    QApplication::setApplicationVersion(QStringLiteral(STAGECRAFT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("stagecraft"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Customer-journey maps that show where silos break the experience."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "The map to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Write a PNG of the window to FILE once it is shown, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption workshop(QStringLiteral("workshop"),
                                      QCoreApplication::translate("main", "Start in workshop mode (full screen)."));
    parser.addOption(screenshot);
    parser.addOption(workshop);
    parser.process(app);

    MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    window.show();
    if (parser.isSet(workshop))
        window.setWorkshopMode(true);
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(800, &window, [&window, path] {
            if (window.canvas())
                window.canvas()->fitOnOpen();
            QTimer::singleShot(300, &window, [&window, path] {
                QApplication::exit(window.grab().save(path) ? 0 : 1);
            });
        });
    }
    return app.exec();
}
