#include "gui/dialogs/ActionDialog.h"

#include "ui_ActionDialog.h"

#include <QComboBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

using Kind = source::RolloutAction::Kind;

ActionDialog::ActionDialog(Kind kind, const core::RolloutInfo &info, const ActionTarget &target,
                           bool production, QWidget *parent)
    : ConfirmDialog(target, production, parent)
    , m_ui(std::make_unique<Ui::ActionDialog>())
    , m_inputs(new QWidget(this))
    , m_kind(kind)
    , m_info(info)
{
    setObjectName(u"actionDialog"_s);
    m_ui->setupUi(m_inputs);
    inputsLayout()->addWidget(m_inputs);
    // Only this action's part of the form is shown (hidden parts take no focus and are not
    // exposed to assistive technology).
    m_ui->restartInputs->setVisible(kind == Kind::Restart);
    m_ui->undoInputs->setVisible(kind == Kind::Undo);
    if (kind == Kind::Restart) {
        connect(m_ui->restartLater, &QRadioButton::toggled, this, &ActionDialog::refresh);
        connect(m_ui->minutes, &QSpinBox::valueChanged, this, &ActionDialog::refresh);
    }
    if (kind == Kind::Undo) {
        // Every revision except the newest (the one running or being rolled out).
        const QList<qint64> revisions = info.revisions();
        for (qsizetype i = 1; i < revisions.size(); ++i)
            m_ui->revision->addItem(QString(), revisions[i]); // worded in retranslateUi()
        connect(m_ui->revision, &QComboBox::currentIndexChanged, this, &ActionDialog::refresh);
    }
    setDestructive(ActionPolicy::isDestructive(kind));
    retranslateUi();
}

ActionDialog::~ActionDialog() = default;

void ActionDialog::retranslateUi()
{
    m_ui->retranslateUi(m_inputs);
    //: Title of a confirmation dialog, %1 is the action, %2 the rollout
    setWindowTitle(tr("%1 %2").arg(ActionPolicy::confirmText(m_kind), target().name));
    QComboBox *revision = m_ui->revision;
    for (int i = 0; i < revision->count(); ++i) {
        const qint64 number = revision->itemData(i).toLongLong();
        QStringList images;
        for (const auto &rs : m_info.replicaSetsByRevision(number))
            images << rs.images;
        images.removeDuplicates();
        //: Roll back dialog: one choice, %1 the revision number, %2 its images
        revision->setItemText(i, tr("revision %1 — %2").arg(number).arg(images.join(u", "_s)));
    }
    ConfirmDialog::retranslateUi();
}

source::RolloutAction ActionDialog::action() const
{
    source::RolloutAction a;
    a.kind = m_kind;
    a.key = m_info.key();
    if (m_kind == Kind::Restart && m_ui->restartLater->isChecked())
        a.delaySecs = qint64(m_ui->minutes->value()) * 60;
    if (m_kind == Kind::Undo)
        a.revision = m_ui->revision->currentData().toLongLong();
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
