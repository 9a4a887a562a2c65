#pragma once

#include "domain/BusinessCalendar.h"

#include <QDialog>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace desk {

class CalendarCoverageBanner;
class Session;
class TaskRunner;

// One holiday-calendar entry to add or change: date (fixed when changing), kind and name, with the error the
// service gave for the last attempt.
class CalendarDayDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` set: changing that day (its date cannot change); otherwise a new day starting at `suggested`.
    CalendarDayDialog(const CalendarDay *existing, QDate suggested, QWidget *parent = nullptr);

    CalendarDay day() const;
    void showError(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void saveRequested(const desk::CalendarDay &day);

private:
    void submit();
    void updateWeekday();

    QDateEdit *m_date = nullptr;
    QLabel *m_weekday = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_busy = false;
};

// Administrators' page for the business-day calendar and the shared queue settings: a year selector, the table
// of that year's exceptions (date, weekday, holiday or make-up working day, name), add (Insert), change (Enter
// or double-click) and delete (Delete); Import… replaces a whole year from a holiday-cn JSON file; a banner
// warns when the calendar does not reach 60 days ahead; the claim idle minutes and the SLA business days with Save. Other staff
// see the same data read-only. Database work runs on the TaskRunner's worker thread.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    CalendarPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);
    ~CalendarPage() override;

    // Reads the calendar and the settings again.
    void reload();
    int year() const;
    void setYear(int year);

    void addDay();
    void editCurrentDay();
    void deleteCurrentDay();
    void saveSettings();
    // Asks for a holiday-cn JSON file (calendarImportDialog) and imports it.
    void chooseImportFile();
    // Imports one year from a holiday-cn JSON file; the result or the error shows in calendarMessage.
    void importFile(const QString &fileName);

    QTableWidget *table() const { return m_table; }
    bool canManage() const { return m_canManage; }

Q_SIGNALS:
    // After each load, for tests and the status bar.
    void loaded();
    void settingsSaved();
    // After an import attempt, successful or not.
    void importFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillTable();
    const CalendarDay *currentDay() const;
    void openDialog(const CalendarDay *existing, QDate suggested);
    void showMessage(QLabel *label, const QString &text, bool error);
    void updateButtons();

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    bool m_canManage = false;
    bool m_loading = false;
    BusinessCalendar m_calendar;
    QVector<CalendarDay> m_rows; // the table's rows, in order

    QSpinBox *m_year = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
    CalendarCoverageBanner *m_coverage = nullptr;
    QLabel *m_message = nullptr;
    QSpinBox *m_claimIdle = nullptr;
    QSpinBox *m_slaDays = nullptr;
    QSpinBox *m_qaShare = nullptr;
    QPushButton *m_saveSettings = nullptr;
    QLabel *m_settingsMessage = nullptr;
};

} // namespace desk
