#pragma once

#include "exportchoices.h"
#include "interchange/importformat.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QDockWidget;
class QUndoView;

namespace stagecraft {

class FindingsDock;
class MapCanvas;
class MapSession;
class OwnersDock;
class PropertiesDock;
class RecentFiles;
class WelcomeWidget;
struct Finding;

// The editor window: a canvas over one open map, its docks, and the menus.
// With no map open it shows the welcome page.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure shows why (MessageSink) and keeps what was open.
    bool openFile(const QString &path);
    bool createFromTemplate(const QString &templateName, const QString &title, const QString &path);
    void closeMap();

    MapSession *session() const { return m_session.get(); }
    MapCanvas *canvas() const { return m_canvas; }
    PropertiesDock *propertiesDock() const { return m_properties; }
    OwnersDock *ownersDock() const { return m_owners; }
    FindingsDock *findingsDock() const { return m_findings; }
    QComboBox *departmentCombo() const { return m_department; }
    bool isWorkshopMode() const { return m_workshop; }
    void setWorkshopMode(bool on);

    // Where the bundled example map is, or empty.
    static QString examplePath();

    // Export… and Import… once their dialogs have answered (tests call these directly).
    // Failures are shown through MessageSink; a cancelled or failed export writes nothing.
    bool exportTo(const ExportChoices &choices, const QString &path);
    // Reads `in` (format guessed when empty), creates `out` and opens it; a rejected
    // input shows the importer's message and writes no file.
    bool importFile(const QString &in, std::optional<ImportFormat> format, const QString &out);

Q_SIGNALS:
    // An export finished a page or step (the progress dialog is updated too).
    void exportProgressed(int done, int total);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void setSession(std::unique_ptr<MapSession> session);
    void updateTitle();
    void updateActions();
    void updateStatus();
    void fillDepartments();
    void rebuildRecentMenu();
    void showFinding(const Finding &finding);

    // File menu handlers (mainwindowfile.cpp).
    void newFromTemplate();
    void openDialog();
    void openExample();
    void saveAs();
    void saveCopy();

    // Export, import and print handlers (mainwindowio.cpp).
    void exportMap();
    void importMap();
    void printMap();
    void printPreview();
    PaperOptions printOptions() const; // the export dialog's last choices

    std::unique_ptr<MapSession> m_session;
    RecentFiles *m_recent = nullptr;
    QStackedWidget *m_central = nullptr;
    WelcomeWidget *m_welcome = nullptr;
    MapCanvas *m_canvas = nullptr;
    PropertiesDock *m_properties = nullptr;
    OwnersDock *m_owners = nullptr;
    FindingsDock *m_findings = nullptr;
    QDockWidget *m_history = nullptr;
    QUndoView *m_undoView = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_status = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolbar = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_close = nullptr;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_addCard = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomFit = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_workshopAction = nullptr;
    bool m_workshop = false;
    QByteArray m_stateBeforeWorkshop;
};

} // namespace stagecraft
