/**
 * The words of a customer import that every module shares: where an import stands, which pass it is in, and what
 * it did with a row. The import itself is stored by the persistence module's plain SQL, not as an entity.
 */
package com.clientbook.domain.imports;
