// InMemoryFakes.Support holds what generated code (and the escape hatch of a hand-written partial member) uses:
// FakeCore, the tables, entity models, query operators. Every file of the runtime sees it without a using.
global using InMemoryFakes.Support;
