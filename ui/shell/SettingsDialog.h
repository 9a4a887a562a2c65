#pragma once

#include <QDialog>

class QComboBox;

namespace desk {

// The user's preferences: for now the interface language, applied at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language = nullptr;
};

} // namespace desk
