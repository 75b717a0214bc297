#include "gui/dialogs/ActionDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

using Kind = source::RolloutAction::Kind;

ActionDialog::ActionDialog(Kind kind, const core::RolloutInfo &info, const ActionTarget &target,
                           bool production, QWidget *parent)
    : ConfirmDialog(target, production, parent)
    , m_kind(kind)
    , m_info(info)
{
    setObjectName(u"actionDialog"_s);
    if (kind == Kind::Restart) {
        m_now = new QRadioButton(this);
        m_later = new QRadioButton(this);
        m_minutes = new QSpinBox(this);
        m_minutes->setRange(1, 24 * 60);
        m_minutes->setValue(5);
        m_now->setChecked(true);
        m_minutes->setEnabled(false);
        auto *row = new QHBoxLayout;
        row->addWidget(m_later);
        row->addWidget(m_minutes);
        row->addStretch();
        inputsLayout()->addWidget(m_now);
        inputsLayout()->addLayout(row);
        connect(m_later, &QRadioButton::toggled, m_minutes, &QSpinBox::setEnabled);
        connect(m_later, &QRadioButton::toggled, this, &ActionDialog::refresh);
        connect(m_minutes, &QSpinBox::valueChanged, this, &ActionDialog::refresh);
    }
    if (kind == Kind::Undo) {
        m_revisionLabel = new QLabel(this);
        m_revision = new QComboBox(this);
        m_revisionLabel->setBuddy(m_revision);
        // Every revision except the newest (the one running or being rolled out).
        const QList<qint64> revisions = info.revisions();
        for (qsizetype i = 1; i < revisions.size(); ++i) {
            QStringList images;
            for (const auto &rs : info.replicaSetsByRevision(revisions[i]))
                images << rs.images;
            images.removeDuplicates();
            m_revision->addItem(u"revision %1 — %2"_s.arg(revisions[i]).arg(images.join(u", "_s)),
                                revisions[i]);
        }
        inputsLayout()->addWidget(m_revisionLabel);
        inputsLayout()->addWidget(m_revision);
        connect(m_revision, &QComboBox::currentIndexChanged, this, &ActionDialog::refresh);
    }
    setDestructive(ActionPolicy::isDestructive(kind));
    retranslateUi();
}

void ActionDialog::retranslateUi()
{
    //: Title of a confirmation dialog, %1 is the action, %2 the rollout
    setWindowTitle(tr("%1 %2").arg(ActionPolicy::confirmText(m_kind), target().name));
    if (m_now) {
        m_now->setText(tr("Restart &now"));
        m_later->setText(tr("Restart &later, in minutes:"));
        m_minutes->setAccessibleName(tr("Minutes until restart"));
    }
    if (m_revisionLabel) {
        m_revisionLabel->setText(tr("Roll back to &revision:"));
        m_revision->setAccessibleName(tr("Revision"));
    }
    ConfirmDialog::retranslateUi();
}

source::RolloutAction ActionDialog::action() const
{
    source::RolloutAction a;
    a.kind = m_kind;
    a.key = m_info.key();
    if (m_later && m_later->isChecked())
        a.delaySecs = qint64(m_minutes->value()) * 60;
    if (m_revision)
        a.revision = m_revision->currentData().toLongLong();
    return a;
}

QString ActionDialog::describe() const
{
    return ActionPolicy::consequence(action(), m_info);
}

QString ActionDialog::confirmButtonText() const
{
    return ActionPolicy::confirmText(m_kind);
}

} // namespace rd::gui
