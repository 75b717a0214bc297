// The toolbar's context and namespace pickers on their own (gui/views/ScopePicker): they show
// what they are given, ask for another scope only when the user chooses one (mouse or keyboard),
// and every control has an accessible name and a keyboard way in.
#include "gui/views/ScopePicker.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::gui::ScopePicker;

namespace {
QStringList items(const QComboBox *box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out << box->itemText(i);
    return out;
}
} // namespace

class TestGuiScopePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Setting the scope from the connection asks for nothing: only a user's choice does.
    void settersShowWithoutRequests()
    {
        ScopePicker picker;
        QSignalSpy contexts(&picker, &ScopePicker::contextRequested);
        QSignalSpy namespaces(&picker, &ScopePicker::namespaceRequested);
        picker.setContexts({u"dev"_s, u"prod"_s}, u"prod"_s, true);
        picker.setNamespaces({u"default"_s, u"shop"_s}, u"shop"_s);
        QCOMPARE(items(picker.contextBox()), (QStringList{u"dev"_s, u"prod"_s}));
        QCOMPARE(picker.currentContext(), u"prod"_s);
        QVERIFY(picker.contextBox()->isEnabled());
        QCOMPARE(items(picker.namespaceBox()),
                 (QStringList{u"All namespaces"_s, u"default"_s, u"shop"_s}));
        QCOMPARE(picker.currentNamespace(), u"shop"_s);
        // All namespaces: item 0, data empty.
        picker.setNamespaces({u"default"_s}, QString());
        QCOMPARE(picker.namespaceBox()->currentIndex(), 0);
        QCOMPARE(picker.currentNamespace(), QString());
        QCOMPARE(contexts.count(), 0);
        QCOMPARE(namespaces.count(), 0);
    }

    // A context removed from the kubeconfig stays offered while in use; a namespace the list
    // does not have (a user who may not list namespaces) is offered too. One context, or a
    // snapshot, cannot be chosen.
    void currentStaysOfferedAndFixedScopes()
    {
        ScopePicker picker;
        picker.setContexts({u"ops"_s}, u"admin"_s, true);
        QCOMPARE(items(picker.contextBox()), (QStringList{u"ops"_s, u"admin"_s}));
        QCOMPARE(picker.currentContext(), u"admin"_s);
        picker.setNamespaces({u"default"_s}, u"team-a"_s);
        QCOMPARE(items(picker.namespaceBox()),
                 (QStringList{u"All namespaces"_s, u"default"_s, u"team-a"_s}));
        QCOMPARE(picker.currentNamespace(), u"team-a"_s);

        picker.setContexts({u"only"_s}, u"only"_s, true);
        QVERIFY(!picker.contextBox()->isEnabled());
        picker.setContexts({u"/tmp/state.yaml"_s}, u"/tmp/state.yaml"_s, false);
        QVERIFY(!picker.contextBox()->isEnabled());
        picker.setContexts({u"a"_s, u"b"_s}, u"a"_s, false);
        QVERIFY(!picker.contextBox()->isEnabled());
        picker.setNamespaceChoosable(false);
        QVERIFY(!picker.namespaceBox()->isEnabled());
        picker.setNamespaceChoosable(true);
        QVERIFY(picker.namespaceBox()->isEnabled());
    }

    // Choosing a namespace with the keyboard: Alt+N reaches the namespace picker through its
    // label, an arrow key chooses the next namespace, and the request names it. Choosing
    // "All namespaces" asks for all of them.
    void keyboardChoosesNamespace()
    {
        QWidget window;
        auto *picker = new ScopePicker(&window);
        picker->setContexts({u"dev"_s, u"prod"_s}, u"dev"_s, true);
        picker->setNamespaces({u"default"_s, u"shop"_s}, u"default"_s);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy requested(picker, &ScopePicker::namespaceRequested);
        QSignalSpy contexts(picker, &ScopePicker::contextRequested);

        QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), picker->namespaceBox());
        QTest::keyClick(picker->namespaceBox(), Qt::Key_Down);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"shop"_s);
        QCOMPARE(requested.at(0).at(1).toBool(), false);

        QTest::keyClick(picker->namespaceBox(), Qt::Key_Home);
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(0).toString(), QString());
        QCOMPARE(requested.at(1).at(1).toBool(), true);

        // Alt+C reaches the context picker; the choice is a request, not a switch.
        QTest::keyClick(&window, Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), picker->contextBox());
        QTest::keyClick(picker->contextBox(), Qt::Key_Down);
        QCOMPARE(contexts.count(), 1);
        QCOMPARE(contexts.at(0).at(0).toString(), u"prod"_s);
        QCOMPARE(requested.count(), 2);
    }

    // Choosing with the mouse's signal path (the combo's activated) asks the same way.
    void activatedChoosesNamespace()
    {
        ScopePicker picker;
        picker.setNamespaces({u"default"_s, u"shop"_s}, QString());
        QSignalSpy requested(&picker, &ScopePicker::namespaceRequested);
        Q_EMIT picker.namespaceBox()->activated(2);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), u"shop"_s);
        QVERIFY(!requested.at(0).at(1).toBool());
    }

    // Names for assistive technology; labels point at their pickers (the mnemonic's target).
    void accessibleNames()
    {
        ScopePicker picker;
        QCOMPARE(picker.contextBox()->accessibleName(), u"Context"_s);
        QCOMPARE(picker.namespaceBox()->accessibleName(), u"Namespace"_s);
        QCOMPARE(picker.contextBox()->objectName(), u"contextPicker"_s);
        QCOMPARE(picker.namespaceBox()->objectName(), u"namespacePicker"_s);
        const auto labels = picker.findChildren<QLabel *>();
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.at(0)->buddy(), picker.contextBox());
        QCOMPARE(labels.at(1)->buddy(), picker.namespaceBox());
        QVERIFY(labels.at(0)->text().contains(u"&C"_s));
        QVERIFY(labels.at(1)->text().contains(u"&N"_s));
        QCOMPARE(picker.namespaceBox()->itemText(0), u"All namespaces"_s);
        // The accessibility tree: on Linux a combo box's AT-SPI name is its current text, and
        // the label reaches assistive technology as the combo's Label relation.
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        for (int i = 0; i < 2; ++i) {
            QComboBox *box = i == 0 ? picker.contextBox() : picker.namespaceBox();
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(box);
            QVERIFY(iface);
            bool labelled = false;
            for (const auto &relation : iface->relations(QAccessible::Label))
                labelled |= relation.first->object() == labels.at(i);
            QVERIFY2(labelled, qPrintable(box->objectName()));
        }
    }
};

QTEST_MAIN(TestGuiScopePicker)
#include "test_gui_scope_picker.moc"
