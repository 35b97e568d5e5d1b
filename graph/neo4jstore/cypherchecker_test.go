package neo4jstore_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

// The checker behind TestCypherIsConstant: a syntactic walk over the
// package's declarations (see that test for the rules).

// cypherChecker holds what the package declares.
type cypherChecker struct {
	fset    *token.FileSet
	consts  map[string]bool
	tables  map[string]ast.Expr // package-level vars holding composite literals
	funcs   map[string]*ast.FuncDecl
	visited map[string]bool // choosers being checked, against recursion
}

func checkCypher(t *testing.T, srcs []string) (checked int, problems []string) {
	t.Helper()
	c := &cypherChecker{fset: token.NewFileSet(), consts: map[string]bool{}, tables: map[string]ast.Expr{},
		funcs: map[string]*ast.FuncDecl{}, visited: map[string]bool{}}
	var files []*ast.File
	for i, src := range srcs {
		f, err := parser.ParseFile(c.fset, "src"+string(rune('a'+i))+".go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					vs, ok := spec.(*ast.ValueSpec)
					if !ok {
						continue
					}
					for i, n := range vs.Names {
						if d.Tok == token.CONST {
							c.consts[n.Name] = true
						} else if i < len(vs.Values) {
							c.tables[n.Name] = vs.Values[i]
						}
					}
				}
			case *ast.FuncDecl:
				c.funcs[d.Name.Name] = d
			}
		}
	}
	for _, f := range files {
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				for _, i := range runners[calleeName(call)] {
					if i >= len(call.Args) {
						continue
					}
					checked++
					if !c.constant(call.Args[i], fn, 0) {
						problems = append(problems, c.fset.Position(call.Args[i].Pos()).String()+
							": Cypher text passed to "+calleeName(call)+" in "+fn.Name.Name+" is not built from constants")
					}
				}
				return true
			})
		}
	}
	return checked, problems
}

func calleeName(call *ast.CallExpr) string {
	switch f := call.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	case *ast.IndexExpr: // a generic function with explicit type arguments
		if id, ok := f.X.(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

// constant reports whether e, inside fn, is built from constants only.
func (c *cypherChecker) constant(e ast.Expr, fn *ast.FuncDecl, depth int) bool {
	if depth > 8 {
		return false
	}
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Kind == token.STRING
	case *ast.ParenExpr:
		return c.constant(e.X, fn, depth+1)
	case *ast.BinaryExpr:
		return e.Op == token.ADD && c.constant(e.X, fn, depth+1) && c.constant(e.Y, fn, depth+1)
	case *ast.CallExpr:
		return c.chooser(calleeName(e), 0, depth)
	case *ast.SelectorExpr:
		return c.tableField(e, fn, depth)
	case *ast.Ident:
		if c.consts[e.Name] {
			return true
		}
		if _, isRunner := runners[fn.Name.Name]; isRunner && isParam(fn, e.Name) {
			return true
		}
		return c.local(e.Name, fn, depth)
	}
	return false
}

// chooser reports whether every return statement of the package function
// name returns a constant in result position pos.
func (c *cypherChecker) chooser(name string, pos, depth int) bool {
	fn, ok := c.funcs[name]
	if !ok || fn.Body == nil || c.visited[name] {
		return false
	}
	c.visited[name] = true
	defer delete(c.visited, name)
	ok, returns := true, 0
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		if r, is := n.(*ast.ReturnStmt); is {
			returns++
			ok = ok && pos < len(r.Results) && c.constant(r.Results[pos], fn, depth+1)
		}
		return true
	})
	return ok && returns > 0
}

// local reports whether every assignment to the local variable name in fn
// is constant: a plain value, a chooser's result, or a range element of a
// constant table.
func (c *cypherChecker) local(name string, fn *ast.FuncDecl, depth int) bool {
	ok, found := true, false
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range s.Lhs {
				if id, is := lhs.(*ast.Ident); !is || id.Name != name {
					continue
				}
				found = true
				switch {
				case s.Tok != token.ASSIGN && s.Tok != token.DEFINE:
					ok = false // += and friends
				case len(s.Rhs) == len(s.Lhs):
					ok = ok && c.constant(s.Rhs[i], fn, depth+1)
				case len(s.Rhs) == 1:
					call, is := s.Rhs[0].(*ast.CallExpr)
					ok = ok && is && c.chooser(calleeName(call), i, depth)
				default:
					ok = false
				}
			}
		case *ast.RangeStmt:
			if id, is := s.Value.(*ast.Ident); is && id.Name == name {
				found = true
				ok = ok && c.table(s.X, fn, "", depth)
			}
		case *ast.ValueSpec:
			for _, id := range s.Names {
				if id.Name == name {
					found = true
					ok = ok && len(s.Values) == 0 // declared empty, assigned elsewhere
				}
			}
		}
		return true
	})
	return found && ok
}

// tableField handles x.field where x ranges over a table of structs.
func (c *cypherChecker) tableField(e *ast.SelectorExpr, fn *ast.FuncDecl, depth int) bool {
	x, ok := e.X.(*ast.Ident)
	if !ok {
		return false
	}
	ok, found := true, false
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if s, is := n.(*ast.RangeStmt); is {
			if id, is := s.Value.(*ast.Ident); is && id.Name == x.Name {
				found = true
				ok = ok && c.table(s.X, fn, e.Sel.Name, depth)
			}
		}
		return true
	})
	return found && ok
}

// table reports whether the composite literal that expr names (a package
// table or a local set once) holds constants only, or, for field != "",
// constants in that field of each struct element.
func (c *cypherChecker) table(expr ast.Expr, fn *ast.FuncDecl, field string, depth int) bool {
	id, ok := expr.(*ast.Ident)
	if !ok {
		return false
	}
	lit := c.tables[id.Name]
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if s, is := n.(*ast.AssignStmt); is && len(s.Lhs) == len(s.Rhs) {
			for i, lhs := range s.Lhs {
				if l, is := lhs.(*ast.Ident); is && l.Name == id.Name {
					lit = s.Rhs[i]
				}
			}
		}
		return true
	})
	cl, ok := lit.(*ast.CompositeLit)
	if !ok || len(cl.Elts) == 0 {
		return false
	}
	index := -1
	if field != "" {
		arr, isArr := cl.Type.(*ast.ArrayType)
		if !isArr {
			return false
		}
		st, isStruct := arr.Elt.(*ast.StructType)
		if !isStruct {
			return false
		}
		n := 0
		for _, f := range st.Fields.List {
			for _, name := range f.Names {
				if name.Name == field {
					index = n
				}
				n++
			}
		}
		if index < 0 {
			return false
		}
	}
	for _, elt := range cl.Elts {
		v := elt
		if index >= 0 {
			el, isLit := elt.(*ast.CompositeLit)
			if !isLit || index >= len(el.Elts) {
				return false
			}
			v = el.Elts[index]
		}
		if !c.constant(v, fn, depth+1) {
			return false
		}
	}
	return true
}

func isParam(fn *ast.FuncDecl, name string) bool {
	for _, f := range fn.Type.Params.List {
		for _, n := range f.Names {
			if n.Name == name {
				return true
			}
		}
	}
	return false
}
