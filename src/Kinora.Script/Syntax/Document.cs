using System.Collections.Immutable;

namespace Kinora.Script;

/// <summary>
/// The full syntax tree of a Fountain file: the title page, then every body element in order.
/// Dialogue blocks nest their parentheticals, speech and lyrics; everything else is flat, as in Fountain itself.
/// Boneyard (<c>/* */</c>) is gone; everything else that was written is here.
/// </summary>
public sealed record Document(string File, ImmutableArray<TitlePageField> TitlePage, ImmutableArray<FountainNode> Body);
