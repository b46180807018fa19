// Package web serves the casebook: server-rendered Japanese pages for
// search, incidents, documents and statistics, and the JSON API under
// /api/v1/.
package web
