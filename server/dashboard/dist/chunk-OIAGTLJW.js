var l=Object.create;var d=Object.defineProperty;var f=Object.getOwnPropertyDescriptor;var b=Object.getOwnPropertyNames;var h=Object.getPrototypeOf,m=Object.prototype.hasOwnProperty;var v=(e,n,t)=>n in e?d(e,n,{enumerable:!0,configurable:!0,writable:!0,value:t}):e[n]=t;var p=(e,n,t)=>()=>{if(t)throw t[0];try{return e&&(n=e(e=0)),n}catch(a){throw t=[a],a}};var w=(e,n)=>()=>{try{return n||e((n={exports:{}}).exports,n),n.exports}catch(t){throw n=0,t}},D=(e,n)=>{for(var t in n)d(e,t,{get:n[t],enumerable:!0})},y=(e,n,t,a)=>{if(n&&typeof n=="object"||typeof n=="function")for(let r of b(n))!m.call(e,r)&&r!==t&&d(e,r,{get:()=>n[r],enumerable:!(a=f(n,r))||a.enumerable});return e};var $=(e,n,t)=>(t=e!=null?l(h(e)):{},y(n||!e||!e.__esModule?d(t,"default",{value:e,enumerable:!0}):t,e));var A=(e,n,t)=>v(e,typeof n!="symbol"?n+"":n,t);var c,s=p(()=>{c={countEvidence:{query:`# Dashboard evidence: the latest events behind a count, with their quotes and articles.
query CountEvidence($f: EventFilter) {
  events(filter: $f, first: 8, orderBy: DATE_DESC) {
    totalCount
    edges { node {
      id kind name modality confidence date { value derivation }
      evidence { quote confidence extractor article { title source url published } }
    } }
  }
}
`,hash:"91e39145e28b618c043aa11ae4dc131a0eef3db3715bfc89dc12ecddd1208551"},dashboard:{query:`# Dashboard page: one dashboard with its panels' saved queries, and the names of all.
query Dashboard($n: String!) {
  dashboard(name: $n) {
    name description owner version savedAt
    parameters { name label kind default }
    pages { title panels { title query queryVersion view width variables { name value parameter } savedQuery { document version } } }
  }
  dashboards { name }
}
`,hash:"627eb3bb08d72f34773efcdc5e2ce59edc2c202bda8ba3a7fcbd81e89e33cf32"},evidence:{query:`# Dashboard evidence: one event's quotes and articles.
query Evidence($id: ID!) {
  event(id: $id) {
    id kind name modality confidence date { value derivation }
    evidence { quote confidence extractor article { title source url published } }
  }
}
`,hash:"50d150b74ead7e66d67cdfa20725f2820e45dc04ce3b2a950f521f32caf92b9b"},export:{query:`# Dashboard editor: a dashboard as JSON, to export.
query Export($n: String!) { dashboard(name: $n) { json } }
`,hash:"f53c1c67defbc1cae430db257ec24f5adc72461c1973a283604894b9d7b032de"},name:{query:`# Dashboard search box: the name of the picked entity.
query Name($id: ID!) { node(id: $id) { ... on Entity { name } } }
`,hash:"5f1320ca2e5889536b4e1b9dc156aaa7413a33833ecfc6033232e8cc8f6956f7"},panelDocument:{query:`# Dashboard panel: the document and version of the saved query it shows.
query PanelDocument($n: String!, $v: Int) { savedQuery(name: $n, version: $v) { document version } }
`,hash:"34af56cff197697aaa836c153c024a2cc6b33682ebd8ea0dce96cda7a6d9c654"},panelEvents:{query:`# Dashboard live refresh: new events matching a panel's variables.
subscription PanelEvents($f: EventFilter) { eventAdded(filter: $f) { id } }
`,hash:"c21c26349a6ab70df18c1b0ac998256d98b8af557f123eb6199f8598a9812807"},panelQueryChanged:{query:`# Dashboard live refresh: a panel's saved query changed (new version or new result).
subscription PanelQueryChanged($n: String!, $v: JSONObject) { savedQueryChanged(name: $n, variables: $v) { version } }
`,hash:"d388a8507f504b64e0ac1c8ff3567cb4756f39f4082cec167024d7efe41bad60"},routeEvidence:{query:`# Dashboard evidence: one route's quotes and articles.
query RouteEvidence($id: ID!) {
  route(id: $id) {
    id kind name modality confidence
    evidence { quote confidence extractor article { title source url published } }
  }
}
`,hash:"d0f1c33d297489e8a3a36f59c1ef1ee0098cf842d0f0cd8b0f93bcbd170b9228"},savedQueries:{query:`# Dashboard editor: the saved queries a new panel may show.
query SavedQueries { savedQueries { name version description document } }
`,hash:"a0c59702b8ffbb3c436d19637721793996e83c6cad7d4d335d4b363a84a6a83b"},search:{query:`# Dashboard search box: entities whose names match the text typed.
query Search($t: String!) {
  search(text: $t, kinds: [COUNTRY, ORGANIZATION, PERSON, PLACE, INITIATIVE, COMMODITY, OFFICE], limit: 8) { node { id kind name } }
}
`,hash:"85df5dc193cd33eb5fff89fd8225c9033618215000c1472f010362d7224027b4"}}});s();function C(e,n={},...t){let a=document.createElement(e);for(let[r,i]of Object.entries(n))i==null||i===!1||(r.startsWith("on")&&typeof i=="function"?a.addEventListener(r.slice(2),i):r==="class"?a.className=i:a.setAttribute(r,i===!0?"":String(i)));for(let r of t.flat())r==null||r===!1||a.append(typeof r=="number"?String(r):r);return a}function N(e){for(;e.firstChild;)e.removeChild(e.firstChild)}function o(e){if(e==null)return"";if(Array.isArray(e))return e.map(o).filter(Boolean).join(", ");if(typeof e=="object"){let n=e;if("entity"in n&&"role"in n)return`${o(n.entity)} (${n.role})`;for(let t of["name","value","title","key"])if(t in n)return o(n[t]);return Object.values(n).map(o).filter(Boolean).join(" ")}return String(e)}s();var R=["TABLE","BAR","LINE","MAP","GRAPH","TIMELINE","ENTITY_CARD"];function S(e){let n=e.slice(0,e.indexOf("{")),t=[];for(let a of n.matchAll(/\$(\w+)\s*:\s*([\w\[\]!]+)(\s*=)?/g))t.push({name:a[1],type:a[2],required:a[2].endsWith("!")&&!a[3]});return t}function q(e,n){let[t,a]=n.split("."),r=e[t]??"";if(!a)return r;let[i,u]=r.split("/");return(a==="from"?i:u)??""}function O(e,n){let t={};for(let a of e.variables)if(a.parameter){let r=q(n,a.parameter);r!==""&&(t[a.name]=r)}else a.value!==null&&a.value!==void 0&&(t[a.name]=a.value);return t}var E=["summit","meeting","visit","sanction","agreement","military","statement"],x=["route","dependency"];function V(e){return typeof e=="string"&&E.includes(e.split(":")[0])}function L(e){return typeof e=="string"&&x.includes(e.split(":")[0])}export{w as a,D as b,$ as c,A as d,s as e,c as f,C as g,N as h,o as i,R as j,S as k,O as l,V as m,L as n};
