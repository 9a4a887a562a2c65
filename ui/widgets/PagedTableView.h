#pragma once

#include <QTableView>

namespace desk {

// A table view for lazily paged models (rows arrive from a background loader): one row selected at a
// time, Enter or a double click activates the row, and the empty viewport says what is going on
// ("Loading…", "No results", a hint) instead of staying blank.
class PagedTableView : public QTableView
{
    Q_OBJECT
public:
    explicit PagedTableView(QWidget *parent = nullptr);

    // Shown in the viewport while the model has no rows.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    // While busy and empty, the placeholder reads "Loading…".
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    int currentRow() const;

Q_SIGNALS:
    void rowActivated(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
    bool m_busy = false;
};

} // namespace desk
