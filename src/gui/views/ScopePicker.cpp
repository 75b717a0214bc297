#include "gui/views/ScopePicker.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

ScopePicker::ScopePicker(QWidget *parent)
    : QWidget(parent)
    , m_contextLabel(new QLabel(this))
    , m_contextBox(new QComboBox(this))
    , m_namespaceLabel(new QLabel(this))
    , m_namespaceBox(new QComboBox(this))
{
    setObjectName(u"scopePicker"_s);
    m_contextBox->setObjectName(u"contextPicker"_s);
    m_namespaceBox->setObjectName(u"namespacePicker"_s);
    // 12 characters at the least: at 1280 px the French and German actions still fit beside them.
    for (QComboBox *box : {m_contextBox, m_namespaceBox}) {
        box->setMinimumContentsLength(12);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_contextLabel->setBuddy(m_contextBox);
    m_namespaceLabel->setBuddy(m_namespaceBox);
    // Item 0 of the namespaces is always "All namespaces" (data: empty).
    m_namespaceBox->addItem(QString(), QString());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_contextLabel);
    layout->addWidget(m_contextBox);
    layout->addSpacing(style()->pixelMetric(QStyle::PM_ToolBarSeparatorExtent));
    layout->addWidget(m_namespaceLabel);
    layout->addWidget(m_namespaceBox);

    // activated() comes only from the user (mouse or keyboard), never from the setters below.
    connect(m_contextBox, &QComboBox::activated, this,
            [this](int index) { Q_EMIT contextRequested(m_contextBox->itemText(index)); });
    connect(m_namespaceBox, &QComboBox::activated, this, [this](int index) {
        Q_EMIT namespaceRequested(m_namespaceBox->itemData(index).toString(), index == 0);
    });
    retranslateUi();
}

void ScopePicker::setContexts(const QStringList &contexts, const QString &current, bool choosable)
{
    QStringList offered = contexts;
    if (!current.isEmpty() && !offered.contains(current))
        offered << current;
    m_contextBox->clear();
    m_contextBox->addItems(offered);
    m_contextBox->setCurrentIndex(m_contextBox->findText(current));
    m_contextBox->setEnabled(choosable && m_contextBox->count() > 1);
}

void ScopePicker::setNamespaces(const QStringList &namespaces, const QString &current)
{
    while (m_namespaceBox->count() > 1)
        m_namespaceBox->removeItem(1);
    for (const QString &n : namespaces)
        m_namespaceBox->addItem(n, n);
    if (!current.isEmpty() && m_namespaceBox->findData(current) < 0)
        m_namespaceBox->addItem(current, current);
    m_namespaceBox->setCurrentIndex(current.isEmpty() ? 0 : m_namespaceBox->findData(current));
}

void ScopePicker::setNamespaceChoosable(bool choosable)
{
    m_namespaceBox->setEnabled(choosable);
}

QString ScopePicker::currentContext() const
{
    return m_contextBox->currentText();
}

QString ScopePicker::currentNamespace() const
{
    return m_namespaceBox->currentData().toString();
}

void ScopePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScopePicker::retranslateUi()
{
    // These words were the window's before the pickers had their own class; they keep its
    // translation context so that the shipped catalogues still translate them.
    //: Toolbar label before the kube context picker
    m_contextLabel->setText(QCoreApplication::translate("rd::gui::MainWindow", " &Context: "));
    m_contextBox->setAccessibleName(QCoreApplication::translate("rd::gui::MainWindow", "Context"));
    //: Toolbar label before the namespace picker
    m_namespaceLabel->setText(QCoreApplication::translate("rd::gui::MainWindow", " &Namespace: "));
    m_namespaceBox->setAccessibleName(
        QCoreApplication::translate("rd::gui::MainWindow", "Namespace"));
    m_namespaceBox->setItemText(
        0, QCoreApplication::translate("rd::gui::MainWindow", "All namespaces"));
}

} // namespace rd::gui
