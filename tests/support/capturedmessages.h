#pragma once

#include "messagesink.h"

#include <QStringList>

namespace stagecraft::test {

// Captures the editor's error messages instead of showing a modal dialog.
struct CapturedMessages {
    QStringList texts;
    MessageSink::Handler previous;
    CapturedMessages()
    {
        previous = MessageSink::setHandler([this](QWidget *, const QString &, const QString &text) { texts << text; });
    }
    ~CapturedMessages() { MessageSink::setHandler(previous); }
};

} // namespace stagecraft::test
