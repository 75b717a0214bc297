#include "TsCatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace rd::test {

bool TsCatalogue::load(const QString &path)
{
    m_messages.clear();
    m_language.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = path + u": "_s + file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    bool sawTs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "TS"_L1) {
                sawTs = true;
                m_language = xml.attributes().value("language"_L1).toString();
            } else if (name == "name"_L1 && !inMessage) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                inMessage = true;
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (inMessage && name == "source"_L1) {
                message.source = xml.readElementText();
            } else if (inMessage && name == "comment"_L1) {
                message.comment = xml.readElementText();
            } else if (inMessage && name == "extracomment"_L1) {
                message.extraComment = xml.readElementText();
            } else if (inMessage && name == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (inMessage && name == "numerusform"_L1) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            inMessage = false;
            m_messages.append(message);
        }
    }
    if (xml.hasError()) {
        m_error =
            path + u": "_s + xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
        return false;
    }
    if (!sawTs) {
        m_error = path + u": not a Qt Linguist file"_s;
        return false;
    }
    return true;
}

} // namespace rd::test
