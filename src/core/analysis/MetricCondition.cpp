#include "core/analysis/MetricCondition.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rd::core {

namespace {

// The few tokens a simple comparison is made of; anything else ends the match.
struct Token
{
    enum Kind { Result, Index, Number, Op, And, End, Bad } kind = Bad;
    double number = 0;
    int index = -1;
    CompareOp op = CompareOp::Less;
};

class Lexer
{
public:
    explicit Lexer(QStringView text)
        : m_text(text)
    {}

    Token next()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        if (m_pos >= m_text.size())
            return {Token::End};
        const QChar c = m_text.at(m_pos);
        if (c.isLetter() || c == u'_')
            return word();
        if (c.isDigit() || ((c == u'-' || c == u'+') && m_pos + 1 < m_text.size() &&
                            m_text.at(m_pos + 1).isDigit()))
            return number();
        if (c == u'[')
            return index();
        return symbol();
    }

private:
    Token word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() &&
               (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'))
            ++m_pos;
        const QStringView w = m_text.mid(start, m_pos - start);
        if (w == u"result")
            return {Token::Result};
        if (w == u"and")
            return {Token::And};
        return {Token::Bad}; // or, not, len(), isNaN(), true, other names
    }

    // A decimal number as expr writes it: digits, an optional fraction and exponent.
    Token number()
    {
        const qsizetype start = m_pos;
        if (m_text.at(m_pos) == u'-' || m_text.at(m_pos) == u'+')
            ++m_pos;
        const auto digits = [&] {
            const qsizetype from = m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos).isDigit())
                ++m_pos;
            return m_pos > from;
        };
        digits();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'.') {
            ++m_pos;
            if (!digits())
                return {Token::Bad};
        }
        if (m_pos < m_text.size() && (m_text.at(m_pos) == u'e' || m_text.at(m_pos) == u'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text.at(m_pos) == u'-' || m_text.at(m_pos) == u'+'))
                ++m_pos;
            if (!digits())
                return {Token::Bad};
        }
        // "1_000", "0x10", "5s": not a plain number.
        if (m_pos < m_text.size() &&
            (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'))
            return {Token::Bad};
        bool ok = false;
        const double v = m_text.mid(start, m_pos - start).toString().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return {Token::Bad};
        Token t{Token::Number};
        t.number = v;
        return t;
    }

    // "[0]": a non-negative whole index right after `result`.
    Token index()
    {
        ++m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos).isDigit())
            ++m_pos;
        const qsizetype digits = m_pos - start;
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        if (digits == 0 || digits > 4 || m_pos >= m_text.size() || m_text.at(m_pos) != u']')
            return {Token::Bad};
        Token t{Token::Index};
        t.index = m_text.mid(start, digits).toInt();
        ++m_pos;
        return t;
    }

    Token symbol()
    {
        const QStringView rest = m_text.mid(m_pos);
        static const struct
        {
            QStringView text;
            Token::Kind kind;
            CompareOp op;
        } symbols[] = {
            {u"<=", Token::Op, CompareOp::LessEqual}, {u">=", Token::Op, CompareOp::GreaterEqual},
            {u"==", Token::Op, CompareOp::Equal},     {u"!=", Token::Op, CompareOp::NotEqual},
            {u"&&", Token::And, CompareOp::Less},     {u"<", Token::Op, CompareOp::Less},
            {u">", Token::Op, CompareOp::Greater},
        };
        for (const auto &s : symbols) {
            if (rest.startsWith(s.text)) {
                m_pos += s.text.size();
                Token t{s.kind};
                t.op = s.op;
                return t;
            }
        }
        return {Token::Bad}; // ||, !, (, ), arithmetic, strings, fields...
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

// `number OP result` read as `result OP' number`.
CompareOp mirrored(CompareOp op)
{
    switch (op) {
    case CompareOp::Less:
        return CompareOp::Greater;
    case CompareOp::LessEqual:
        return CompareOp::GreaterEqual;
    case CompareOp::Greater:
        return CompareOp::Less;
    case CompareOp::GreaterEqual:
        return CompareOp::LessEqual;
    case CompareOp::Equal:
    case CompareOp::NotEqual:
        return op;
    }
    return op;
}

} // namespace

bool Comparison::holds(double value) const
{
    switch (op) {
    case CompareOp::Less:
        return value < threshold;
    case CompareOp::LessEqual:
        return value <= threshold;
    case CompareOp::Greater:
        return value > threshold;
    case CompareOp::GreaterEqual:
        return value >= threshold;
    case CompareOp::Equal:
        return value == threshold;
    case CompareOp::NotEqual:
        return value != threshold;
    }
    return false;
}

bool SimpleCondition::holds(double value) const
{
    for (const Comparison &c : comparisons) {
        if (!c.holds(value))
            return false;
    }
    return !comparisons.isEmpty();
}

std::optional<SimpleCondition> parseSimpleCondition(const QString &expression)
{
    // Conditions are short; a long text is not one comparison.
    if (expression.size() > 512)
        return std::nullopt;
    Lexer lexer(expression);
    SimpleCondition out;
    bool operandSeen = false;
    Token t = lexer.next();
    // operand := result ('[' n ']')?; one of `operand OP number` / `number OP operand`.
    const auto operand = [&](Token first) -> std::optional<int> {
        if (first.kind != Token::Result)
            return std::nullopt;
        t = lexer.next();
        if (t.kind == Token::Index) {
            const int i = t.index;
            t = lexer.next();
            return i;
        }
        return -1;
    };
    for (;;) {
        Comparison cmp;
        int index = -1;
        if (t.kind == Token::Result) {
            const auto i = operand(t);
            if (!i || t.kind != Token::Op)
                return std::nullopt;
            index = *i;
            cmp.op = t.op;
            t = lexer.next();
            if (t.kind != Token::Number)
                return std::nullopt;
            cmp.threshold = t.number;
            t = lexer.next();
        } else if (t.kind == Token::Number) {
            cmp.threshold = t.number;
            t = lexer.next();
            if (t.kind != Token::Op)
                return std::nullopt;
            cmp.op = mirrored(t.op);
            t = lexer.next();
            const auto i = operand(t);
            if (!i)
                return std::nullopt;
            index = *i;
        } else {
            return std::nullopt;
        }
        // `result[0] > 1 && result[1] < 2` compares two values: one line cannot show it.
        if (operandSeen && index != out.resultIndex)
            return std::nullopt;
        out.resultIndex = index;
        operandSeen = true;
        out.comparisons.append(cmp);
        if (t.kind == Token::End)
            return out;
        if (t.kind != Token::And)
            return std::nullopt;
        t = lexer.next();
    }
}

QString compareOpSymbol(CompareOp op)
{
    switch (op) {
    case CompareOp::Less:
        return u"<"_s;
    case CompareOp::LessEqual:
        return u"≤"_s;
    case CompareOp::Greater:
        return u">"_s;
    case CompareOp::GreaterEqual:
        return u"≥"_s;
    case CompareOp::Equal:
        return u"="_s;
    case CompareOp::NotEqual:
        return u"≠"_s;
    }
    return {};
}

} // namespace rd::core
