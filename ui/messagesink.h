#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace stagecraft {

// Where the editor's error messages go: a modal QMessageBox by default, a
// capturing function in tests so that nothing blocks.
class MessageSink {
public:
    using Handler = std::function<void(QWidget *parent, const QString &title, const QString &text)>;

    static void error(QWidget *parent, const QString &title, const QString &text);
    // Replaces the handler; returns the previous one. An empty handler restores the dialog.
    static Handler setHandler(Handler handler);
};

} // namespace stagecraft
