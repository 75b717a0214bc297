#include "gui/dialogs/SetImageDialog.h"

#include "gui/StatusColours.h"
#include "gui/dialogs/ImageVerdictText.h"
#include "ui_SetImageDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd::gui {

namespace {
constexpr int kInitRole = Qt::UserRole + 1;
}

SetImageDialog::SetImageDialog(const core::RolloutInfo &info, const ActionTarget &target,
                               bool production, QWidget *parent)
    : ConfirmDialog(target, production, parent)
    , m_ui(std::make_unique<Ui::SetImageDialog>())
    , m_info(info)
{
    setObjectName(u"setImageDialog"_s);
    m_inputs = new QWidget(this);
    m_ui->setupUi(m_inputs);
    inputsLayout()->addWidget(m_inputs);
    m_container = m_ui->container;
    m_current = m_ui->currentImage;
    m_image = m_ui->image;
    m_validation = m_ui->imageValidation;
    for (const auto &c : info.containers)
        m_container->addItem(c.name, c.name);
    for (const auto &c : info.initContainers) {
        m_container->addItem(c.name, c.name);
        m_container->setItemData(m_container->count() - 1, true, kInitRole);
    }
    // The plugin's "*": every container and init container at once.
    if (m_container->count() > 1)
        m_container->addItem(QString(), u"*"_s);
    m_validation->setStyleSheet(StatusColours::validationLabel());

    connect(m_container, &QComboBox::currentIndexChanged, this,
            &SetImageDialog::onContainerChanged);
    connect(m_image, &QComboBox::currentTextChanged, this, &SetImageDialog::refresh);
    onContainerChanged();
    setInitialFocus(m_image);
    retranslateUi();
}

SetImageDialog::~SetImageDialog() = default;

void SetImageDialog::retranslateUi()
{
    //: Window title, %1 is the rollout name
    setWindowTitle(tr("Set image of %1").arg(target().name));
    // The form's texts; the container names below are the dialog's own.
    m_ui->retranslateUi(m_inputs);
    for (int i = 0; i < m_container->count(); ++i) {
        const QString name = m_container->itemData(i).toString();
        if (name == u"*") {
            //: Container choice: set the image of every container (the plugin's "*")
            m_container->setItemText(i, tr("All containers (*)"));
            continue;
        }
        m_container->setItemText(i, m_container->itemData(i, kInitRole).toBool()
                                        //: Container choice: an init container
                                        ? tr("%1 (init container)").arg(name)
                                        : name);
    }
    m_image->lineEdit()->setAccessibleName(m_image->accessibleName());
    ConfirmDialog::retranslateUi();
}

void SetImageDialog::onContainerChanged()
{
    const QString typed = m_image->currentText();
    const QString current = currentImage();
    m_current->setText(current.isEmpty() && m_container->currentData().toString() == u"*"
                           //: Current image when "All containers" run different images
                           ? tr("(differs per container)")
                           : current);
    // Images this rollout ran before, newest revision first, then the current one.
    QStringList images;
    const bool init = m_container->currentData(kInitRole).toBool();
    for (const auto &rs : m_info.replicaSets) {
        for (const QString &img : init ? rs.initContainerImages : rs.images) {
            if (!images.contains(img))
                images << img;
        }
    }
    if (!current.isEmpty() && !images.contains(current))
        images << current;
    m_image->blockSignals(true);
    m_image->clear();
    m_image->addItems(images);
    m_image->setEditText(typed.isEmpty() ? QString() : typed);
    m_image->blockSignals(false);
    refresh();
}

void SetImageDialog::preset(const QString &container, const QString &image)
{
    const int i = m_container->findData(container);
    if (i >= 0)
        m_container->setCurrentIndex(i);
    m_image->setEditText(image);
    refresh();
}

QString SetImageDialog::currentImage() const
{
    const QString name = m_container->currentData().toString();
    if (name == u"*") {
        // One image when every container runs the same, otherwise none.
        QStringList images;
        for (const auto &c : m_info.containers + m_info.initContainers)
            images << c.image;
        images.removeDuplicates();
        return images.size() == 1 ? images.first() : QString();
    }
    const bool init = m_container->currentData(kInitRole).toBool();
    for (const auto &c : init ? m_info.initContainers : m_info.containers) {
        if (c.name == name)
            return c.image;
    }
    return {};
}

QString SetImageDialog::stableImageOf(const QString &container) const
{
    for (const auto &c : m_info.stableContainers) {
        if (c.name == container)
            return c.image;
    }
    return {};
}

QString SetImageDialog::validationText() const
{
    return m_validation->text();
}

SetImageDialog::Forecast SetImageDialog::forecast() const
{
    const QString image = m_image->currentText().trimmed();
    if (!ImageVerdictText::isValid(image) || m_container->currentIndex() < 0)
        return Forecast::Invalid;
    if (image == currentImage())
        return Forecast::Unchanged;
    const QString container = m_container->currentData().toString();
    const bool init = m_container->currentData(kInitRole).toBool();
    if (container == u"*") {
        bool allStable = true;
        for (const auto &c : m_info.containers)
            allStable = allStable && stableImageOf(c.name) == image;
        for (const auto &c : m_info.initContainers)
            allStable = allStable && c.image == image;
        if (allStable)
            return Forecast::BackToStable;
    } else if (!init && image == stableImageOf(container)) {
        // Back to stable only when every other container also matches the stable template.
        bool othersStable = true;
        for (const auto &c : m_info.containers) {
            if (c.name != container && c.image != stableImageOf(c.name))
                othersStable = false;
        }
        if (othersStable)
            return Forecast::BackToStable;
    }
    if (m_info.strategy == core::Strategy::Canary && !m_info.steps.isEmpty())
        return Forecast::NewCanary;
    return Forecast::NewRevision;
}

QString SetImageDialog::describe() const
{
    const QString image = m_image->currentText().trimmed();
    const QString container = m_container->currentData().toString();
    switch (forecast()) {
    case Forecast::Invalid:
        return tr("Choose a container and a valid image to see what will happen.");
    case Forecast::Unchanged:
        return tr("Container %1 already runs %2: nothing would change.").arg(container, image);
    case Forecast::BackToStable:
        return tr("This is the stable image: the rollout skips the analysis and promotion steps "
                  "and goes straight back to the stable ReplicaSet (a rollback). No canary is "
                  "started and the rollout returns to stable.");
    case Forecast::NewCanary:
        return tr("A new canary revision will start with %1 and follow %n step(s), beginning "
                  "with: %2.",
                  nullptr, int(m_info.steps.size()))
            .arg(image, m_info.steps.isEmpty() ? QString() : m_info.steps.first().text());
    case Forecast::NewRevision:
        if (m_info.strategy == core::Strategy::BlueGreen)
            return tr("A new preview ReplicaSet will start with %1. Traffic switches to it when "
                      "the rollout is promoted.")
                .arg(image);
        return tr("A new revision will start with %1 and replace the running pods.").arg(image);
    }
    return {};
}

bool SetImageDialog::inputsValid() const
{
    const QString problem = ImageVerdictText::problem(m_image->currentText().trimmed());
    // Keep the message visible only once the user typed something.
    m_validation->setText(m_image->currentText().isEmpty() ? QString() : problem);
    const Forecast f = forecast();
    return f != Forecast::Invalid && f != Forecast::Unchanged;
}

QString SetImageDialog::confirmButtonText() const
{
    return ActionPolicy::confirmText(source::RolloutAction::Kind::SetImage);
}

source::RolloutAction SetImageDialog::action() const
{
    source::RolloutAction a;
    a.kind = source::RolloutAction::Kind::SetImage;
    a.key = m_info.key();
    a.container = m_container->currentData().toString();
    a.image = m_image->currentText().trimmed();
    return a;
}

} // namespace rd::gui
