// Fixture for the layering test: imaging/core must not include Qt. The test expects this to be found.
#include <QString>
