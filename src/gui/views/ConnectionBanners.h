#pragma once

#include <QWidget>

class QLabel;

namespace rd::gui {

// The warnings above everything, one line each: a production context (red), TLS verification
// off, read-only mode. Tests find them by object name (productionIndicator, tlsWarning,
// readOnlyIndicator); screen readers read a translated description with each.
class ConnectionBanners : public QWidget
{
    Q_OBJECT
public:
    struct State
    {
        bool production = false;
        QString context;
        bool tlsOff = false;
        bool readOnly = false;
        bool snapshot = false; // read-only because it is an offline snapshot
    };

    explicit ConnectionBanners(QWidget *parent = nullptr);
    void setState(const State &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    State m_state;
    QLabel *m_production;
    QLabel *m_tls;
    QLabel *m_readOnly;
};

} // namespace rd::gui
