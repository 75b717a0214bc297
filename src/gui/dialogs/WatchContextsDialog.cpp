#include "gui/dialogs/WatchContextsDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

WatchContextsDialog::WatchContextsDialog(const QStringList &contexts, const QStringList &checked,
                                         QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_listLabel(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"watchContextsDialog"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_listLabel->setBuddy(m_list);
    for (const QString &context : contexts) {
        auto *item = new QListWidgetItem(context, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(context) ? Qt::Checked : Qt::Unchecked);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &WatchContextsDialog::updateOk);
    retranslateUi();
    updateOk();
}

QStringList WatchContextsDialog::checkedContexts() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->text();
    }
    return out;
}

void WatchContextsDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!checkedContexts().isEmpty());
}

void WatchContextsDialog::retranslateUi()
{
    setWindowTitle(tr("Watch Several Contexts"));
    m_intro->setText(tr("Show the rollouts of the checked contexts on one board. Each context "
                        "keeps its own connection; actions go to the row's own context."));
    //: The list of the kubeconfig's contexts, each with a check box
    m_listLabel->setText(tr("&Contexts:"));
    m_list->setAccessibleName(tr("Contexts to watch"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Watch"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Watch the checked contexts"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

void WatchContextsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace rd::gui
