#include "messagesink.h"

#include <QMessageBox>

namespace stagecraft {

namespace {
MessageSink::Handler &handler()
{
    static MessageSink::Handler h;
    return h;
}
} // namespace

void MessageSink::error(QWidget *parent, const QString &title, const QString &text)
{
    if (handler())
        handler()(parent, title, text);
    else
        QMessageBox::warning(parent, title, text);
}

MessageSink::Handler MessageSink::setHandler(Handler h)
{
    Handler previous = std::move(handler());
    handler() = std::move(h);
    return previous;
}

} // namespace stagecraft
