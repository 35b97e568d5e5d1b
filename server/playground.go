package server

import (
	"net/http"

	"geograph/server/playground"
)

func playgroundPage() http.Handler { return playground.Page("/graphql", "/playground/assets") }

func playgroundAssets() http.Handler { return playground.Assets("/playground/assets/") }
