#pragma once

#include "model/duration.h"

#include <QLineEdit>
#include <optional>

namespace stagecraft {

// A line edit for a duration typed as people say it ("3 d", "4 h 30 min")
// or as ISO 8601 ("P1DT12H"); empty means "not given".
class DurationEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit DurationEdit(QWidget *parent = nullptr);

    void setDuration(const std::optional<Duration> &d);
    // Nothing when the text is empty; false `ok` when it cannot be read.
    std::optional<Duration> duration(bool *ok = nullptr) const;

    static std::optional<Duration> parse(const QString &text, bool *ok);

Q_SIGNALS:
    // Emitted when editing finished with readable text.
    void durationEdited(const std::optional<Duration> &d);
};

} // namespace stagecraft
