global using PapersLsp.Online.Tests.Infrastructure;
