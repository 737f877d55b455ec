// MainWindow's exchange with the world: Export…, Import… and printing.
#include "mainwindow.h"

#include "analysis/analysisrunner.h"
#include "dialogs/exportdialog.h"
#include "mapprinter.h"
#include "mapsession.h"
#include "messagesink.h"
#include "model/journeydocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

namespace stagecraft {

namespace {

struct ImportFilter {
    QString filter;
    std::optional<ImportFormat> format; // empty: guess as the CLI does
};

QList<ImportFilter> importFilters()
{
    return {{MainWindow::tr("Any supported file (*.json *.csv *.mmd *.md *.txt)"), std::nullopt},
            {MainWindow::tr("Journey JSON (*.json)"), ImportFormat::Json},
            {MainWindow::tr("Journey CSV (*.csv)"), ImportFormat::Csv},
            {MainWindow::tr("Blueprint Signal CSV (*.csv)"), ImportFormat::BlueprintSignal},
            {MainWindow::tr("Mermaid journey (*.mmd *.md *.txt)"), ImportFormat::Mermaid}};
}

QString exportFilter(ExportChoices::Format format)
{
    const QString suffix = ExportChoices::suffix(format);
    return MainWindow::tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
}

QStringList ownerNames(const JourneyMap &map)
{
    QStringList names;
    for (const Owner &owner : map.owners)
        names << owner.name;
    return names;
}

} // namespace

void MainWindow::exportMap()
{
    if (!m_session)
        return;
    const JourneyDocument *doc = m_session->document();
    ExportDialog dialog(ownerNames(doc->map()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportChoices choices = dialog.choices();
    const QString suffix = ExportChoices::suffix(choices.format);
    QString title = doc->map().info.title.isEmpty() ? QFileInfo(doc->filePath()).completeBaseName()
                                                    : doc->map().info.title;
    title.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-")); // a name, not a path
    const QString suggested = QFileInfo(doc->filePath()).dir().filePath(title + QLatin1Char('.') + suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), suggested, exportFilter(choices.format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    exportTo(choices, path);
}

bool MainWindow::exportTo(const ExportChoices &choices, const QString &path)
{
    if (!m_session)
        return false;
    const JourneyDocument *doc = m_session->document();
    m_session->runner()->runNow(); // badges and findings as the map is now
    PaperOptions options = choices.paperOptions(&m_session->runner()->result(), doc->fileName());

    QProgressDialog progress(tr("Exporting %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    options.progress = [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        Q_EMIT exportProgressed(done, total);
        return !progress.wasCanceled();
    };
    const ExportResult result = stagecraft::exportMap(doc->map(), choices, options, path);
    progress.reset();
    if (result.cancelled) {
        statusBar()->showMessage(tr("Export cancelled; nothing was written."), 5000);
        return false;
    }
    if (!result.ok) {
        MessageSink::error(this, tr("Could not export the map"), result.error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::importMap()
{
    const QList<ImportFilter> filters = importFilters();
    QStringList names;
    for (const ImportFilter &f : filters)
        names << f.filter;
    QString chosenFilter = names.first();
    const QString in = QFileDialog::getOpenFileName(
        this, tr("Import a Journey"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        names.join(QStringLiteral(";;")), &chosenFilter);
    if (in.isEmpty())
        return;
    const std::optional<ImportFormat> format = filters.at(std::max<qsizetype>(0, names.indexOf(chosenFilter))).format;
    const QString suggested = QFileInfo(in).dir().filePath(QFileInfo(in).completeBaseName() + QStringLiteral(".journey"));
    QString out = QFileDialog::getSaveFileName(this, tr("Where to Keep the Imported Map"), suggested,
                                               tr("Journey maps (*.journey)"));
    if (out.isEmpty())
        return;
    if (QFileInfo(out).suffix().isEmpty())
        out += QStringLiteral(".journey");
    importFile(in, format, out);
}

bool MainWindow::importFile(const QString &in, std::optional<ImportFormat> format, const QString &out)
{
    const QString title = tr("Could not import the file");
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageSink::error(this, title, tr("Cannot read '%1': %2").arg(in, file.errorString()));
        return false;
    }
    const QByteArray content = file.readAll();
    if (!format)
        format = guessImportFormat(in, content);
    if (!format) {
        MessageSink::error(this, title,
                           tr("Cannot tell the format of '%1'; choose it in the file dialog's type list.")
                               .arg(QFileInfo(in).fileName()));
        return false;
    }
    // Checked whole before anything is written: a rejected file leaves no map behind.
    ImportResult result = importJourney(*format, content);
    if (!result.map) {
        MessageSink::error(this, title, QStringLiteral("%1: %2").arg(QFileInfo(in).fileName(), result.error));
        return false;
    }
    if (result.map->info.title.isEmpty()) // spreadsheets carry no title: the file's name is the map's
        result.map->info.title = QFileInfo(in).completeBaseName();
    JourneyDocument::Opened created = JourneyDocument::create(out, *result.map);
    if (created.error) {
        MessageSink::error(this, title, created.error.message);
        return false;
    }
    created.document.reset(); // the window opens it as it opens any map
    return openFile(out);
}

PaperOptions MainWindow::printOptions() const
{
    m_session->runner()->runNow();
    ExportChoices choices = ExportChoices::load();
    const QStringList owners = ownerNames(m_session->document()->map());
    if (!owners.contains(choices.department))
        choices.department.clear();
    return choices.paperOptions(&m_session->runner()->result(), m_session->document()->fileName());
}

void MainWindow::printMap()
{
    if (!m_session)
        return;
    const PaperOptions options = printOptions();
    QPrinter printer(QPrinter::HighResolution);
    MapPrinter::setUp(printer, options);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!MapPrinter::print(printer, m_session->document()->map(), options))
        MessageSink::error(this, tr("Could not print the map"), tr("The printer could not be started."));
}

void MainWindow::printPreview()
{
    if (!m_session)
        return;
    const PaperOptions options = printOptions();
    QPrinter printer(QPrinter::HighResolution);
    MapPrinter::setUp(printer, options);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, &options](QPrinter *p) { MapPrinter::print(*p, m_session->document()->map(), options); });
    preview.exec();
}

} // namespace stagecraft
