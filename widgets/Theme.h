#pragma once

#include <QString>

namespace cip::widgets {

/// Analysts work for hours in dim rooms: dark is the default. Light exists for bright offices.
enum class Theme { Dark, Light };

/// Applies the theme to the whole application (Fusion style with our palette).
void applyTheme(Theme theme);
QString themeKey(Theme theme);                ///< "dark" / "light", as stored in settings
Theme themeFromKey(const QString& key);       ///< unknown keys give the default (dark)

}  // namespace cip::widgets
