#include "admin/CalendarPage.h"

#include "common/TaskRunner.h"
#include "widgets/CalendarCoverageBanner.h"
#include "workflow/CalendarService.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"

#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace desk {

namespace {

const char *const kErrorStyle = "QLabel { color: #b3261e; }";

QString weekdayName(QDate day)
{
    return QLocale().dayName(day.dayOfWeek(), QLocale::LongFormat);
}

QString kindLabel(CalendarDay::Kind kind)
{
    return kind == CalendarDay::Kind::Workday ? CalendarPage::tr("Make-up working day")
                                              : CalendarPage::tr("Holiday");
}

int chinaYearNow()
{
    return BusinessCalendar::toChinaTime(QDateTime::currentDateTimeUtc()).date().year();
}

} // namespace

// ---- CalendarDayDialog ----

CalendarDayDialog::CalendarDayDialog(const CalendarDay *existing, QDate suggested, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("calendarDayDialog"));
    setWindowTitle(existing ? tr("Change %1").arg(existing->day.toString(Qt::ISODate)) : tr("Add a calendar day"));
    setMinimumWidth(420);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("calendarDayDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    m_date->setDate(existing ? existing->day : suggested);
    m_date->setEnabled(!existing);
    m_weekday = new QLabel(this);
    m_weekday->setObjectName(QStringLiteral("calendarDayWeekday"));
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_weekday, 1);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("calendarDayKind"));
    m_kind->addItem(tr("Holiday: nobody works, the SLA clock stands still"), int(CalendarDay::Kind::Holiday));
    m_kind->addItem(tr("Make-up working day: a Saturday or Sunday that is worked"), int(CalendarDay::Kind::Workday));
    m_kind->setCurrentIndex(existing && existing->kind == CalendarDay::Kind::Workday ? 1 : 0);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("calendarDayName"));
    m_name->setMaxLength(CalendarService::kMaxNameLength);
    m_name->setPlaceholderText(tr("e.g. National Day, Spring Festival make-up day"));
    if (existing)
        m_name->setText(existing->name);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("calendarDayError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QLatin1String(kErrorStyle));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), dateRow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("calendarDayOk"));
    m_ok->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("calendarDayCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarDayDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &CalendarDayDialog::updateWeekday);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateWeekday();
    if (existing)
        m_name->setFocus();
    else
        m_date->setFocus();
}

CalendarDay CalendarDayDialog::day() const
{
    CalendarDay d;
    d.day = m_date->date();
    d.kind = CalendarDay::Kind(m_kind->currentData().toInt());
    d.name = m_name->text().trimmed();
    return d;
}

void CalendarDayDialog::updateWeekday()
{
    m_weekday->setText(weekdayName(m_date->date()));
}

void CalendarDayDialog::submit()
{
    if (m_busy)
        return;
    m_error->hide();
    Q_EMIT saveRequested(day());
}

void CalendarDayDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void CalendarDayDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ok->setEnabled(!busy);
}

// ---- CalendarPage ----

CalendarPage::CalendarPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("calendarPage"));
    m_canManage = Permissions::allows(m_session->staff().role, Action::ManageCalendar) && m_session->staff().active;

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(chinaYearNow());
    m_year->setAccelerated(true);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("calendarSummary"));

    m_add = new QPushButton(tr("&Add… (Ins)"), this);
    m_add->setObjectName(QStringLiteral("calendarAdd"));
    m_edit = new QPushButton(tr("&Change… (Enter)"), this);
    m_edit->setObjectName(QStringLiteral("calendarEdit"));
    m_delete = new QPushButton(tr("&Delete (Del)"), this);
    m_delete->setObjectName(QStringLiteral("calendarDelete"));
    m_import = new QPushButton(tr("I&mport…"), this);
    m_import->setObjectName(QStringLiteral("calendarImport"));
    m_import->setToolTip(tr("Replace a whole year with a holiday-cn JSON file (one year per file)"));
    m_coverage = new CalendarCoverageBanner(m_session, m_runner, this);

    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_summary, 1);
    top->addWidget(m_add);
    top->addWidget(m_edit);
    top->addWidget(m_delete);
    top->addWidget(m_import);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("calendarTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Weekday"), tr("Kind"), tr("Name")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 120);
    m_table->horizontalHeader()->resizeSection(1, 100);
    m_table->horizontalHeader()->resizeSection(2, 170);
    m_table->installEventFilter(this);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("calendarMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *help = new QLabel(tr("Days not listed follow the normal week: Monday to Friday are working days. The SLA "
                               "clock of the appeal queue runs through whole working days and stands still on the "
                               "others."),
                            this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);

    // Shared queue settings.
    auto *settingsBox = new QGroupBox(tr("Queue settings (for every desk)"), this);
    settingsBox->setObjectName(QStringLiteral("calendarSettings"));
    m_claimIdle = new QSpinBox(settingsBox);
    m_claimIdle->setObjectName(QStringLiteral("calendarClaimIdle"));
    m_slaDays = new QSpinBox(settingsBox);
    m_slaDays->setObjectName(QStringLiteral("calendarSlaDays"));
    m_qaShare = new QSpinBox(settingsBox);
    m_qaShare->setObjectName(QStringLiteral("calendarQaShare"));
    for (const CalendarService::SettingSpec &spec : CalendarService::settingSpecs()) {
        QSpinBox *box = spec.key == CalendarService::claimIdleMinutesKey() ? m_claimIdle
                        : spec.key == CalendarService::slaBusinessDaysKey() ? m_slaDays
                        : spec.key == CalendarService::reviewQaSharePercentKey() ? m_qaShare
                                                                                  : nullptr;
        if (!box)
            continue; // a setting this page does not edit
        box->setRange(spec.minimum, spec.maximum);
        box->setValue(spec.defaultValue);
    }
    m_claimIdle->setSuffix(tr(" min"));
    m_claimIdle->setToolTip(tr("A reviewer's claim on an appeal lapses after this many minutes without work on it."));
    m_slaDays->setSuffix(tr(" business days"));
    m_slaDays->setToolTip(tr("New appeals are due this many business days after they were submitted."));
    m_qaShare->setSuffix(tr(" %"));
    m_qaShare->setToolTip(tr("Supervisors' quality sampling draws this share of a period's real-name review decisions "
                             "for a second look."));
    m_saveSettings = new QPushButton(tr("Sa&ve settings"), settingsBox);
    m_saveSettings->setObjectName(QStringLiteral("calendarSaveSettings"));
    m_settingsMessage = new QLabel(settingsBox);
    m_settingsMessage->setObjectName(QStringLiteral("calendarSettingsMessage"));
    m_settingsMessage->setWordWrap(true);
    m_settingsMessage->setTextFormat(Qt::PlainText);
    auto *settingsForm = new QFormLayout(settingsBox);
    settingsForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    settingsForm->addRow(tr("Claim lapses after &idle:"), m_claimIdle);
    settingsForm->addRow(tr("Appeals are due within:"), m_slaDays);
    settingsForm->addRow(tr("Real-name &QA sample share:"), m_qaShare);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveSettings);
    saveRow->addWidget(m_settingsMessage, 1);
    settingsForm->addRow(QString(), saveRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_coverage);
    layout->addLayout(top);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(settingsBox);

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarPage::fillTable);
    connect(m_add, &QPushButton::clicked, this, &CalendarPage::addDay);
    connect(m_edit, &QPushButton::clicked, this, &CalendarPage::editCurrentDay);
    connect(m_delete, &QPushButton::clicked, this, &CalendarPage::deleteCurrentDay);
    connect(m_import, &QPushButton::clicked, this, &CalendarPage::chooseImportFile);
    connect(m_saveSettings, &QPushButton::clicked, this, &CalendarPage::saveSettings);
    connect(m_table, &QTableWidget::doubleClicked, this, &CalendarPage::editCurrentDay);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CalendarPage::updateButtons);
    // Insert adds a day from anywhere on the page; Delete and Enter act on the table (event filter).
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, &CalendarPage::addDay);

    if (!m_canManage) {
        m_claimIdle->setReadOnly(true);
        m_slaDays->setReadOnly(true);
        m_qaShare->setReadOnly(true);
        showMessage(m_message, tr("Only administrators change the calendar and the queue settings."), false);
    }
    updateButtons();
    setFocusProxy(m_table);
    reload();
}

CalendarPage::~CalendarPage() = default;

int CalendarPage::year() const
{
    return m_year->value();
}

void CalendarPage::setYear(int year)
{
    m_year->setValue(year);
}

void CalendarPage::showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QLatin1String(kErrorStyle) : QString());
}

void CalendarPage::updateButtons()
{
    const bool hasRow = currentDay() != nullptr;
    m_add->setEnabled(m_canManage && !m_loading);
    m_edit->setEnabled(m_canManage && !m_loading && hasRow);
    m_delete->setEnabled(m_canManage && !m_loading && hasRow);
    m_import->setEnabled(m_canManage && !m_loading);
    m_saveSettings->setEnabled(m_canManage && !m_loading);
    m_saveSettings->setVisible(m_canManage);
}

void CalendarPage::reload()
{
    struct Loaded
    {
        Result<BusinessCalendar> calendar;
        Result<CalendarService::Settings> settings;
    };
    m_loading = true;
    updateButtons();
    m_runner.run(
        this,
        [session = m_session]() {
            CalendarService service(session);
            auto calendar = service.calendar();
            auto settings = service.settings();
            return Loaded{std::move(calendar), std::move(settings)};
        },
        [this](Loaded result) {
            m_loading = false;
            if (!result.calendar) {
                showMessage(m_message, tr("Cannot read the holiday calendar: %1").arg(result.calendar.error().message),
                            true);
            } else {
                m_calendar = result.calendar.value();
                fillTable();
            }
            if (!result.settings) {
                showMessage(m_settingsMessage,
                            tr("Cannot read the queue settings: %1").arg(result.settings.error().message), true);
            } else {
                m_claimIdle->setValue(result.settings->claimIdleMinutes);
                m_slaDays->setValue(result.settings->slaBusinessDays);
                m_qaShare->setValue(result.settings->reviewQaSharePercent);
            }
            updateButtons();
            Q_EMIT loaded();
        });
}

void CalendarPage::fillTable()
{
    const QDate keep = currentDay() ? currentDay()->day : QDate();
    m_rows = m_calendar.exceptionsInYear(year());
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_rows.size()));
    int holidays = 0;
    int workdays = 0;
    int selectRow = -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        const CalendarDay &d = m_rows.at(r);
        (d.kind == CalendarDay::Kind::Workday ? workdays : holidays)++;
        auto *date = new QTableWidgetItem(d.day.toString(Qt::ISODate));
        date->setData(Qt::UserRole, d.day);
        m_table->setItem(r, 0, date);
        m_table->setItem(r, 1, new QTableWidgetItem(weekdayName(d.day)));
        auto *kind = new QTableWidgetItem(kindLabel(d.kind));
        if (d.kind == CalendarDay::Kind::Workday)
            kind->setForeground(QColor(0x1a, 0x5f, 0xb4));
        m_table->setItem(r, 2, kind);
        m_table->setItem(r, 3, new QTableWidgetItem(d.name));
        if (d.day == keep)
            selectRow = r;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    if (m_rows.isEmpty())
        m_summary->setText(tr("%1: no holidays or make-up working days entered yet.").arg(year()));
    else
        m_summary->setText(tr("%1: %2 holidays, %3 make-up working days").arg(year()).arg(holidays).arg(workdays));
    updateButtons();
}

const CalendarDay *CalendarPage::currentDay() const
{
    const int row = m_table ? m_table->currentRow() : -1;
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

bool CalendarPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Delete:
            deleteCurrentDay();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            editCurrentDay();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CalendarPage::addDay()
{
    if (!m_canManage || m_loading)
        return;
    // Suggest the first day of the year shown, or today when that is the current year.
    const QDate today = BusinessCalendar::toChinaTime(QDateTime::currentDateTimeUtc()).date();
    openDialog(nullptr, today.year() == year() ? today : QDate(year(), 1, 1));
}

void CalendarPage::editCurrentDay()
{
    if (!m_canManage || m_loading)
        return;
    const CalendarDay *day = currentDay();
    if (!day)
        return;
    openDialog(day, day->day);
}

void CalendarPage::openDialog(const CalendarDay *existing, QDate suggested)
{
    auto *dialog = new CalendarDayDialog(existing, suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CalendarDayDialog::saveRequested, this, [this, dialog](const CalendarDay &day) {
        dialog->setBusy(true);
        m_runner.run(
            dialog, [session = m_session, day]() { return CalendarService(session).setDay(day); },
            [this, dialog, day](Status status) {
                dialog->setBusy(false);
                if (!status) {
                    dialog->showError(status.error().message);
                    return;
                }
                dialog->accept();
                showMessage(m_message,
                            tr("Saved %1 (%2, %3).").arg(day.day.toString(Qt::ISODate), kindLabel(day.kind),
                                                         day.name.trimmed()),
                            false);
                if (day.day.year() != year())
                    setYear(day.day.year());
                // Select the saved day once the table shows it.
                auto *selectOnce = new QObject(this);
                connect(this, &CalendarPage::loaded, selectOnce, [this, selectOnce, date = day.day]() {
                    for (int r = 0; r < m_rows.size(); ++r)
                        if (m_rows.at(r).day == date)
                            m_table->selectRow(r);
                    m_table->setFocus();
                    selectOnce->deleteLater();
                });
                reload();
            });
    });
    dialog->open();
}

void CalendarPage::deleteCurrentDay()
{
    if (!m_canManage || m_loading)
        return;
    const CalendarDay *current = currentDay();
    if (!current)
        return;
    const CalendarDay day = *current;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete calendar day"),
                                tr("Delete %1 (%2, %3) from the calendar? It then counts as a normal %4.")
                                    .arg(day.day.toString(Qt::ISODate), kindLabel(day.kind), day.name,
                                         weekdayName(day.day)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("calendarDeleteConfirm"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, day](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        m_runner.run(
            this, [session = m_session, date = day.day]() { return CalendarService(session).removeDay(date); },
            [this, day](Status status) {
                if (!status) {
                    showMessage(m_message, status.error().message, true);
                    return;
                }
                showMessage(m_message, tr("Deleted %1 (%2).").arg(day.day.toString(Qt::ISODate), day.name), false);
                reload();
            });
    });
    box->open();
}

void CalendarPage::saveSettings()
{
    if (!m_canManage || m_loading)
        return;
    const int idle = m_claimIdle->value();
    const int days = m_slaDays->value();
    const int share = m_qaShare->value();
    m_saveSettings->setEnabled(false);
    showMessage(m_settingsMessage, tr("Saving…"), false);
    m_runner.run(
        this,
        [session = m_session, idle, days, share]() -> Status {
            CalendarService service(session);
            if (auto s = service.setSetting(CalendarService::claimIdleMinutesKey(), idle); !s)
                return s;
            if (auto s = service.setSetting(CalendarService::slaBusinessDaysKey(), days); !s)
                return s;
            return service.setSetting(CalendarService::reviewQaSharePercentKey(), share);
        },
        [this](Status status) {
            updateButtons();
            if (!status) {
                showMessage(m_settingsMessage, status.error().message, true);
                return;
            }
            showMessage(m_settingsMessage, tr("Saved: every desk uses these values from now on."), false);
            Q_EMIT settingsSaved();
        });
}

void CalendarPage::chooseImportFile()
{
    if (!m_canManage || m_loading)
        return;
    auto *dialog = new QFileDialog(this, tr("Import a holiday calendar year"), QString(),
                                   tr("holiday-cn JSON (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("calendarImportDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &CalendarPage::importFile);
    dialog->open();
}

void CalendarPage::importFile(const QString &fileName)
{
    if (!m_canManage || fileName.isEmpty())
        return;
    m_import->setEnabled(false);
    showMessage(m_message, tr("Importing %1…").arg(fileName), false);
    m_runner.run(
        this, [session = m_session, fileName]() { return CalendarService(session).importFile(fileName); },
        [this](Result<CalendarService::ImportReport> report) {
            updateButtons();
            if (!report) {
                showMessage(m_message, tr("Nothing was imported. %1").arg(report.error().message), true);
                Q_EMIT importFinished(false);
                return;
            }
            if (!report->changed)
                showMessage(m_message,
                            tr("The calendar already holds exactly these days for %1: nothing changed.")
                                .arg(report->year),
                            false);
            else
                showMessage(m_message,
                            tr("Imported %1: %2 holidays and %3 make-up working days (replacing %4 entries).")
                                .arg(report->year)
                                .arg(report->holidays)
                                .arg(report->workdays)
                                .arg(report->replaced),
                            false);
            setYear(report->year);
            reload();
            m_coverage->refresh();
            Q_EMIT importFinished(true);
        });
}

} // namespace desk
