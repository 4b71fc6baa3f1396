#pragma once

#include "sync/model/Declaration.h"
#include "sync/store/Database.h"

#include <optional>

namespace cip::store {

/// Declarations with their goods lines. Goods are rows of their own so the workstation can find
/// reference images and past cases by HS code.
class DeclarationRepository {
 public:
  explicit DeclarationRepository(Database& db) : db_(db) {}

  /// Inserts or replaces the declaration and all its goods lines atomically.
  void save(const model::Declaration& declaration);
  std::optional<model::Declaration> find(const QString& id) const;

 private:
  Database& db_;
};

}  // namespace cip::store
