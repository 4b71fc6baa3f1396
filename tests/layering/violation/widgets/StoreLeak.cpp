// Fixture for the layering test: widgets must not reach the store.
#include "sync/store/Store.h"
