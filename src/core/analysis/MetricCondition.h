#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rd::core {

enum class CompareOp { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };

// One `result OP number` of a metric condition, with the result on the left.
struct Comparison
{
    CompareOp op = CompareOp::Less;
    double threshold = 0;

    bool holds(double value) const;
    bool operator==(const Comparison &) const = default;
};

// A successCondition or failureCondition that is a simple comparison of the measured value with
// numbers: `result[0] >= 0.95`, `result < 5`, `0.9 <= result[0] && result[0] <= 1.1`. All
// comparisons hold at once (`&&` / `and`) and all read the same operand.
struct SimpleCondition
{
    int resultIndex = -1; // -1: `result` itself; n: `result[n]`
    QList<Comparison> comparisons;

    bool holds(double value) const;
    bool operator==(const SimpleCondition &) const = default;
};

// The simple comparison `expression` is, or nothing when it is anything else (`||`, function
// calls, parentheses, arithmetic, fields, strings, booleans, two operands...). Nothing is ever
// evaluated: the text is only matched against this one shape, so the chart draws only what it
// can draw truthfully.
std::optional<SimpleCondition> parseSimpleCondition(const QString &expression);

// "≥", "<", "=", "≠"...: the operator as a reader writes it (no words: the GUI translates those).
QString compareOpSymbol(CompareOp op);

} // namespace rd::core
