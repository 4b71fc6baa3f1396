#pragma once

#include <QString>

namespace cip::widgets {

/// The title of a Harmonized System chapter ("69" → "Ceramic products") in the analyst's
/// language, so a goods line reads as a kind of goods and not only as digits. Empty for a code
/// that names no chapter.
QString hsChapterTitle(const QString& hsCode);

}  // namespace cip::widgets
