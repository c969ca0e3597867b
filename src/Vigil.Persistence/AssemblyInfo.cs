using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Vigil.Persistence.Tests")]
