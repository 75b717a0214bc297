#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rd::test {

// A Qt Linguist .ts file, read with QXmlStreamReader: just what the i18n tests check.
class TsCatalogue
{
public:
    struct Message
    {
        QString context;
        QString source;
        QString comment;      // disambiguation (tr's second argument)
        QString extraComment; // the //: translator comment
        bool numerus = false;
        QString type;             // translation type: "", "unfinished", "vanished", "obsolete"
        QStringList translations; // one entry, or one per numerus form
        QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    };

    // Returns false and sets error() when the file cannot be read or is not a .ts file.
    bool load(const QString &path);
    QString error() const { return m_error; }
    QString language() const { return m_language; }
    const QList<Message> &messages() const { return m_messages; }

private:
    QString m_error;
    QString m_language;
    QList<Message> m_messages;
};

} // namespace rd::test
