#include "mainwindow.h"

#include "analysis/analysisrunner.h"
#include "canvas/mapcanvas.h"
#include "docks/findingsdock.h"
#include "docks/ownersdock.h"
#include "docks/propertiesdock.h"
#include "mapsession.h"
#include "messagesink.h"
#include "model/journeydocument.h"
#include "recentfiles.h"
#include "welcomewidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>

namespace stagecraft {

namespace {
QUndoGroup *undoGroup(QObject *owner)
{
    auto *group = owner->findChild<QUndoGroup *>(QString(), Qt::FindDirectChildrenOnly);
    return group ? group : new QUndoGroup(owner);
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowIcon(QIcon(QStringLiteral(":/stagecraft/icons/stagecraft.svg")));
    m_recent = new RecentFiles(this);
    m_central = new QStackedWidget(this);
    m_welcome = new WelcomeWidget(m_recent, !examplePath().isEmpty(), m_central);
    m_central->addWidget(m_welcome);
    setCentralWidget(m_central);
    connect(m_welcome, &WelcomeWidget::newRequested, this, &MainWindow::newFromTemplate);
    connect(m_welcome, &WelcomeWidget::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomeWidget::exampleRequested, this, &MainWindow::openExample);
    connect(m_welcome, &WelcomeWidget::recentRequested, this, &MainWindow::openFile);

    createActions();
    createDocks();
    createMenus();
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setSession(nullptr);
}

MainWindow::~MainWindow()
{
    // The canvas and docks watch the session: detach them before it goes.
    setSession(nullptr);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_workshop)
        setWorkshopMode(false);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::createActions()
{
    QUndoGroup *group = undoGroup(this);
    m_undo = group->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = group->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});

    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    connect(m_delete, &QAction::triggered, this, [this] { if (m_canvas) m_canvas->deleteSelection(); });
    m_addCard = new QAction(tr("Add &Card in Cell"), this);
    m_addCard->setShortcut(QKeySequence(tr("Ctrl+Return")));
    connect(m_addCard, &QAction::triggered, this, [this] { if (m_canvas) m_canvas->addCardAtCursor(); });

    m_zoomIn = new QAction(tr("Zoom &In"), this);
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    connect(m_zoomIn, &QAction::triggered, this, [this] { if (m_canvas) m_canvas->zoomIn(); });
    m_zoomOut = new QAction(tr("Zoom &Out"), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, this, [this] { if (m_canvas) m_canvas->zoomOut(); });
    m_zoomFit = new QAction(tr("&Fit Map"), this);
    m_zoomFit->setShortcut(QKeySequence(tr("Ctrl+0")));
    connect(m_zoomFit, &QAction::triggered, this, [this] { if (m_canvas) m_canvas->zoomToFit(); });
    m_zoomReset = new QAction(tr("Actual &Size"), this);
    m_zoomReset->setShortcut(QKeySequence(tr("Ctrl+1")));
    connect(m_zoomReset, &QAction::triggered, this, [this] { if (m_canvas) m_canvas->setZoom(1.0); });
    m_workshopAction = new QAction(tr("&Workshop Mode"), this);
    m_workshopAction->setCheckable(true);
    m_workshopAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_workshopAction, &QAction::toggled, this, &MainWindow::setWorkshopMode);
    for (QAction *a : {m_undo, m_redo, m_delete, m_addCard, m_zoomIn, m_zoomOut, m_zoomFit, m_zoomReset,
                       m_workshopAction})
        addAction(a); // shortcuts keep working with the menu bar hidden (workshop mode)
}

void MainWindow::createDocks()
{
    m_properties = new PropertiesDock(this);
    m_owners = new OwnersDock(this);
    m_findings = new FindingsDock(this);
    m_history = new QDockWidget(tr("History"), this);
    m_history->setObjectName(QStringLiteral("HistoryDock"));
    m_undoView = new QUndoView(undoGroup(this), m_history);
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_history->setWidget(m_undoView);
    // One column on the right keeps the map as wide as possible.
    addDockWidget(Qt::RightDockWidgetArea, m_properties);
    addDockWidget(Qt::RightDockWidgetArea, m_findings);
    tabifyDockWidget(m_properties, m_owners);
    tabifyDockWidget(m_owners, m_history);
    m_properties->raise();
    resizeDocks({m_properties}, {340}, Qt::Horizontal);
    resizeDocks({m_properties, m_findings}, {480, 360}, Qt::Vertical);
    connect(m_findings, &FindingsDock::findingActivated, this, &MainWindow::showFinding);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New from Template…"), QKeySequence::New, this, &MainWindow::newFromTemplate);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    if (!examplePath().isEmpty())
        file->addAction(tr("Open the &Example Map"), this, &MainWindow::openExample);
    file->addSeparator();
    m_saveAs = file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    m_saveCopy = file->addAction(tr("Save a Cop&y…"), this, &MainWindow::saveCopy);
    file->addSeparator();
    file->addAction(tr("&Import…"), this, &MainWindow::importMap);
    m_export = file->addAction(tr("&Export…"), this, &MainWindow::exportMap);
    file->addSeparator();
    m_printPreview = file->addAction(tr("Print Pre&view…"), this, &MainWindow::printPreview);
    m_print = file->addAction(tr("&Print…"), QKeySequence::Print, this, &MainWindow::printMap);
    file->addSeparator();
    m_close = file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::closeMap);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_undo);
    editMenu->addAction(m_redo);
    editMenu->addSeparator();
    editMenu->addAction(m_addCard);
    editMenu->addAction(m_delete);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QAction *a : {m_zoomIn, m_zoomOut, m_zoomFit, m_zoomReset})
        m_viewMenu->addAction(a);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_workshopAction);
    m_viewMenu->addSeparator();
    for (QDockWidget *d : {static_cast<QDockWidget *>(m_properties), static_cast<QDockWidget *>(m_owners),
                           static_cast<QDockWidget *>(m_findings), m_history})
        m_viewMenu->addAction(d->toggleViewAction());

    m_toolbar = addToolBar(tr("Main"));
    m_toolbar->setObjectName(QStringLiteral("MainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->addAction(m_undo);
    m_toolbar->addAction(m_redo);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_zoomFit);
    m_toolbar->addAction(m_zoomReset);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(new QLabel(tr(" Department focus: "), m_toolbar));
    m_department = new QComboBox(m_toolbar);
    m_department->setMinimumContentsLength(16);
    m_toolbar->addWidget(m_department);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_workshopAction);
    connect(m_department, &QComboBox::currentIndexChanged, this, [this] {
        const QString dept = m_department->currentData().toString();
        if (m_canvas)
            m_canvas->setFocusDepartment(dept);
        m_findings->setDepartment(dept);
    });
}

void MainWindow::setSession(std::unique_ptr<MapSession> session)
{
    QUndoGroup *group = undoGroup(this);
    m_properties->setDocument(nullptr, nullptr);
    m_owners->setDocument(nullptr);
    m_findings->setDocument(nullptr, nullptr);
    if (m_canvas) {
        m_central->removeWidget(m_canvas);
        delete m_canvas;
        m_canvas = nullptr;
    }
    if (m_session)
        group->removeStack(m_session->document()->undoStack());
    m_session = std::move(session);
    if (m_session) {
        JourneyDocument *doc = m_session->document();
        group->addStack(doc->undoStack());
        group->setActiveStack(doc->undoStack());
        m_canvas = new MapCanvas(doc, m_session->runner(), m_central);
        m_central->addWidget(m_canvas);
        m_central->setCurrentWidget(m_canvas);
        m_properties->setDocument(doc, m_canvas->selection());
        m_owners->setDocument(doc);
        m_findings->setDocument(doc, m_session->runner());
        connect(doc, &JourneyDocument::writeFailed, this,
                [this](const QString &message) { MessageSink::error(this, tr("Change not saved"), message); });
        connect(doc, &JourneyDocument::changed, this, [this](const ChangeEvent &e) {
            if (e.touches(ChangeEvent::Info))
                updateTitle();
            if (e.touches(ChangeEvent::Owners))
                fillDepartments();
        });
        connect(doc, &JourneyDocument::fileChanged, this, &MainWindow::updateTitle);
        connect(m_session->runner(), &AnalysisRunner::resultChanged, this, &MainWindow::updateStatus);
        m_canvas->setFocus();
    } else {
        m_central->setCurrentWidget(m_welcome);
    }
    fillDepartments();
    updateTitle();
    updateActions();
    updateStatus();
}

void MainWindow::closeMap() { setSession(nullptr); }

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Stagecraft"));
        return;
    }
    const JourneyDocument *doc = m_session->document();
    QString title = tr("%1 — %2").arg(doc->map().info.title, doc->fileName());
    if (doc->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(tr("%1 — Stagecraft").arg(title));
    if (doc->isReadOnly())
        statusBar()->showMessage(tr("Read-only: %1").arg(doc->readOnlyReason()));
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    const bool writable = open && !m_session->document()->isReadOnly();
    for (QAction *a : {m_saveAs, m_saveCopy, m_export, m_print, m_printPreview, m_close, m_zoomIn, m_zoomOut,
                       m_zoomFit, m_zoomReset})
        a->setEnabled(open);
    m_delete->setEnabled(writable);
    m_addCard->setEnabled(writable);
    m_department->setEnabled(open);
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_status->clear();
        return;
    }
    const AnalysisResult &r = m_session->runner()->result();
    m_status->setText(tr("%1 touchpoints · %2 errors · %3 warnings")
                          .arg(m_session->document()->map().touchpoints.size())
                          .arg(r.count(Severity::Error))
                          .arg(r.count(Severity::Warning)));
}

void MainWindow::fillDepartments()
{
    const QString current = m_department->currentData().toString();
    const QSignalBlocker block(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"), QString());
    if (m_session)
        for (const Owner &o : m_session->document()->map().owners)
            m_department->addItem(o.name, o.name);
    const int index = m_department->findData(current);
    m_department->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty()) {
        if (m_canvas)
            m_canvas->setFocusDepartment(QString());
        m_findings->setDepartment(QString());
    }
}

void MainWindow::showFinding(const Finding &finding)
{
    if (!m_canvas)
        return;
    if (!finding.touchpoints.isEmpty())
        m_canvas->showTouchpoints(finding.touchpoints);
    else if (!finding.links.isEmpty())
        m_canvas->showLink(finding.links.first());
}

void MainWindow::setWorkshopMode(bool on)
{
    if (on == m_workshop)
        return;
    m_workshop = on;
    const QSignalBlocker block(m_workshopAction);
    m_workshopAction->setChecked(on);
    if (on) {
        m_stateBeforeWorkshop = saveState();
        for (QDockWidget *d : findChildren<QDockWidget *>())
            d->hide();
        menuBar()->hide();
        statusBar()->hide();
        showFullScreen();
    } else {
        menuBar()->show();
        statusBar()->show();
        showNormal();
        restoreState(m_stateBeforeWorkshop);
    }
    if (m_canvas)
        m_canvas->setWorkshopMode(on);
}

} // namespace stagecraft
