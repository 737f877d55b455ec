// MainWindow's File menu: opening, creating and copying map files.
#include "mainwindow.h"

#include "dialogs/templatedialog.h"
#include "mapsession.h"
#include "messagesink.h"
#include "model/journeydocument.h"
#include "model/maptemplates.h"
#include "recentfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

namespace stagecraft {

namespace {

QString fileFilter() { return MainWindow::tr("Journey maps (*.journey);;All files (*)"); }

QString withSuffix(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".journey");
    return path;
}

QString startDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

QString MainWindow::examplePath()
{
    // The build tree puts it beside app/, an installed copy under share/.
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        appDir + QStringLiteral("/../examples/broadband.journey"),
        appDir + QStringLiteral("/../share/stagecraft/examples/broadband.journey"),
    };
    for (const QString &c : candidates)
        if (QFileInfo::exists(c))
            return QFileInfo(c).canonicalFilePath();
    return {};
}

bool MainWindow::openFile(const QString &path)
{
    JourneyDocument::Opened opened = JourneyDocument::open(path);
    if (opened.error) {
        MessageSink::error(this, tr("Could not open the map"), opened.error.message);
        return false;
    }
    m_recent->add(path);
    setSession(std::make_unique<MapSession>(std::move(opened.document)));
    if (!opened.backupPath.isEmpty())
        statusBar()->showMessage(tr("The map was updated to this version; the original is kept as %1")
                                     .arg(QDir::toNativeSeparators(opened.backupPath)));
    return true;
}

bool MainWindow::createFromTemplate(const QString &templateName, const QString &title, const QString &path)
{
    const std::optional<JourneyMap> map = MapTemplates::make(templateName, title);
    if (!map)
        return false;
    JourneyDocument::Opened created = JourneyDocument::create(path, *map);
    if (created.error) {
        MessageSink::error(this, tr("Could not create the map"), created.error.message);
        return false;
    }
    m_recent->add(path);
    setSession(std::make_unique<MapSession>(std::move(created.document)));
    return true;
}

void MainWindow::newFromTemplate()
{
    TemplateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested = QDir(startDir()).filePath(
        (dialog.mapTitle().isEmpty() ? tr("Untitled journey") : dialog.mapTitle()) + QStringLiteral(".journey"));
    const QString path = withSuffix(QFileDialog::getSaveFileName(this, tr("Where to Keep the New Map"), suggested,
                                                                 fileFilter()));
    if (!path.isEmpty())
        createFromTemplate(dialog.templateName(), dialog.mapTitle(), path);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Map"), startDir(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openExample()
{
    // Edits are written straight to the file: work on a copy, keep the bundled one pristine.
    const QString source = examplePath();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString copy = QDir(dir).filePath(QStringLiteral("broadband-example.journey"));
    if (!QFileInfo::exists(copy) && (!QDir().mkpath(dir) || !QFile::copy(source, copy))) {
        MessageSink::error(this, tr("Could not open the example"),
                           tr("The example map could not be copied to %1.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    openFile(copy);
}

void MainWindow::saveAs()
{
    if (!m_session)
        return;
    const QString path = withSuffix(QFileDialog::getSaveFileName(this, tr("Save Map As"),
                                                                 m_session->document()->filePath(), fileFilter()));
    if (path.isEmpty())
        return;
    if (const QString error = m_session->document()->saveAs(path); !error.isEmpty())
        MessageSink::error(this, tr("Could not save the map"), error);
    else
        m_recent->add(path);
}

void MainWindow::saveCopy()
{
    if (!m_session)
        return;
    const QString path = withSuffix(QFileDialog::getSaveFileName(this, tr("Save a Copy"),
                                                                 m_session->document()->filePath(), fileFilter()));
    if (path.isEmpty())
        return;
    if (const QString error = m_session->document()->saveCopy(path); !error.isEmpty())
        MessageSink::error(this, tr("Could not save a copy"), error);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (const QString &path : files)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })
            ->setToolTip(path);
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), m_recent, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace stagecraft
