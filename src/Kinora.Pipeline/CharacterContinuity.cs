using System.Collections.Immutable;

namespace Kinora.Pipeline;

/// <summary>One character across the film: every distinct appearance hash seen, in order of first shot, and how many shots they are in.</summary>
public sealed record CharacterContinuity(string Name, ImmutableArray<string> Hashes, int Shots)
{
    /// <summary>The same person from the first shot to the last.</summary>
    public bool Consistent => Hashes.Length <= 1;
}
