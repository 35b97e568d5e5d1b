package loadgen

import "testing"

func TestLoopbackOnly(t *testing.T) {
	tests := []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:8080", true},
		{"localhost:8080", true},
		{"[::1]:8080", true},
		{"127.0.0.2:1", true},
		{"10.0.0.1:8080", false},
		{"example.com:80", false},
		{"0.0.0.0:8080", false},
		{"127.0.0.1", false}, // no port
	}
	for _, tt := range tests {
		err := LoopbackOnly(tt.addr)
		if (err == nil) != tt.ok {
			t.Errorf("LoopbackOnly(%q) = %v, want ok=%v", tt.addr, err, tt.ok)
		}
	}
	if _, err := New("192.0.2.1:80", 1); err == nil {
		t.Error("New accepted an address off this machine")
	}
}
