package export_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sharedSchemas is where the OASIS STIX 2.1 and VERIS schemas live,
// relative to this package.
const sharedSchemas = "../../../shared/schemas"

// schemas compiles the shared schemas once, mapping their remote $ids to
// the local files.
type schemas struct {
	stix  map[string]*jsonschema.Schema // by STIX type, and "bundle"
	veris *jsonschema.Schema
}

var (
	schemasOnce sync.Once
	schemasVal  *schemas
	schemasErr  error
)

func loadSchemas(t *testing.T) *schemas {
	t.Helper()
	if _, err := os.Stat(sharedSchemas); err != nil {
		t.Skipf("schema validation skipped: %s not found (the shared schemas sit next to the repository)", sharedSchemas)
	}
	schemasOnce.Do(func() { schemasVal, schemasErr = compileSchemas() })
	if schemasErr != nil {
		t.Fatal(schemasErr)
	}
	return schemasVal
}

func compileSchemas() (*schemas, error) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	ids := map[string]string{} // STIX type → $id
	root := filepath.Join(sharedSchemas, "stix2.1")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			return err
		}
		id, _ := doc.(map[string]any)["$id"].(string)
		if id == "" {
			return nil
		}
		if err := c.AddResource(id, doc); err != nil {
			return err
		}
		ids[strings.TrimSuffix(filepath.Base(path), ".json")] = id
		return nil
	})
	if err != nil {
		return nil, err
	}
	s := &schemas{stix: map[string]*jsonschema.Schema{}}
	for _, typ := range []string{"bundle", "identity", "incident", "report", "relationship"} {
		sch, err := c.Compile(ids[typ])
		if err != nil {
			return nil, err
		}
		s.stix[typ] = sch
	}
	vc := jsonschema.NewCompiler()
	b, err := os.ReadFile(filepath.Join(sharedSchemas, "veris", "verisc-merged.json"))
	if err != nil {
		return nil, err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	if err := vc.AddResource("file:///verisc-merged.json", doc); err != nil {
		return nil, err
	}
	if s.veris, err = vc.Compile("file:///verisc-merged.json"); err != nil {
		return nil, err
	}
	return s, nil
}

// validateSTIX checks the bundle and every object in it against its
// type's schema and returns the objects.
func validateSTIX(t *testing.T, bundle []byte) []map[string]any {
	t.Helper()
	s := loadSchemas(t)
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(bundle))
	if err != nil {
		t.Fatalf("bundle is not JSON: %v", err)
	}
	all := doc.(map[string]any)["objects"].([]any)
	// bundle.json lists the SDOs an object may be in a oneOf that misses
	// incident (as it once missed infrastructure,
	// oasis-open/cti-stix2-json-schemas#133), and an incident then matches
	// both branches of the custom-object rule. The envelope is checked
	// without incidents; incidents are checked against incident.json below.
	var rest []any
	for _, o := range all {
		if o.(map[string]any)["type"] != "incident" {
			rest = append(rest, o)
		}
	}
	doc.(map[string]any)["objects"] = rest
	if err := s.stix["bundle"].Validate(doc); err != nil {
		t.Errorf("bundle does not validate: %v", err)
	}
	var objs []map[string]any
	for i, o := range all {
		obj := o.(map[string]any)
		typ, _ := obj["type"].(string)
		sch := s.stix[typ]
		if sch == nil {
			t.Errorf("object %d: no schema for type %q", i, typ)
			continue
		}
		if err := sch.Validate(obj); err != nil {
			t.Errorf("object %d (%s %v) does not validate: %v", i, typ, obj["id"], err)
		}
		objs = append(objs, obj)
	}
	return objs
}

// validateVERIS checks every line of a VERIS JSON Lines export.
func validateVERIS(t *testing.T, lines []byte) []map[string]any {
	t.Helper()
	s := loadSchemas(t)
	var recs []map[string]any
	for i, line := range bytes.Split(bytes.TrimSpace(lines), []byte("\n")) {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
		if err != nil {
			t.Fatalf("record %d is not JSON: %v", i, err)
		}
		if err := s.veris.Validate(doc); err != nil {
			t.Errorf("record %d does not validate: %v\n%s", i, err, line)
		}
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, m)
	}
	return recs
}

// TestSchemasReject makes sure the validation would catch a broken
// export: objects missing required properties fail.
func TestSchemasReject(t *testing.T) {
	s := loadSchemas(t)
	bad := []struct {
		name string
		sch  *jsonschema.Schema
		doc  string
	}{
		{"incident without name", s.stix["incident"], `{"type":"incident","spec_version":"2.1","id":"incident--6ba7b810-9dad-51d1-80b4-00c04fd430c8","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z"}`},
		{"report with a v4-less id", s.stix["report"], `{"type":"report","spec_version":"2.1","id":"report--1","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"x","published":"2024-01-01T00:00:00Z","object_refs":["incident--6ba7b810-9dad-51d1-80b4-00c04fd430c8"]}`},
		{"veris without action", s.veris, `{"schema_version":"1.3.7","incident_id":"x","security_incident":"Confirmed","summary":"x","timeline":{"incident":{"year":2024}},"actor":{"unknown":{}},"asset":{"assets":[{"variety":"Unknown"}],"cloud":["Unknown"]},"discovery_method":{"unknown":true}}`},
		{"veris with a bad variety", s.veris, `{"schema_version":"1.3.7","incident_id":"x","security_incident":"Confirmed","summary":"x","timeline":{"incident":{"year":2024}},"actor":{"unknown":{}},"action":{"error":{"variety":["Oops"],"vector":["Unknown"]}},"asset":{"assets":[{"variety":"Unknown"}],"cloud":["Unknown"]},"discovery_method":{"unknown":true}}`},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := jsonschema.UnmarshalJSON(strings.NewReader(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			if tt.sch.Validate(doc) == nil {
				t.Error("validated, want an error")
			}
		})
	}
}
