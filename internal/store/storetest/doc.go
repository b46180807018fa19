// Package storetest is the shared test suite every store.Store
// implementation must pass.
package storetest
