namespace Kinora.Core;

/// <summary>
/// Bad user input: carries every diagnostic found. The command line turns it into exit code 2.
/// Only thrown for input a person wrote or chose; API misuse throws ArgumentException instead.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        if (diagnostics.Count == 0) throw new ArgumentException("an input error needs at least one diagnostic", nameof(diagnostics));
        Diagnostics = diagnostics;
    }

    public InputException(SourceLocation where, string message) : this([new Diagnostic(where, message)]) { }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
