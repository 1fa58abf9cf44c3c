using System.Collections.Immutable;

namespace Kinora.Production;

/// <summary>A free word matched to a concept of the vocabulary, with the cosine similarity that chose it.</summary>
public sealed record ConceptMatch<T>(T Value, string Anchor, double Similarity);

/// <summary>
/// One category of the vocabulary (kinds of place, colours, times of day…) as concepts, each named by a few
/// anchor phrases. A free word goes to the concept whose nearest anchor it is closest to in the sentence-embedding
/// space, if that similarity reaches the category's threshold; below it the word means nothing here. Anchor
/// vectors are embedded once per process, on the first lookup.
/// </summary>
public sealed class ConceptSet<T>
{
    readonly ImmutableArray<(T Value, string Anchor)> anchors;
    readonly Lazy<float[][]> vectors;

    /// <param name="name">The category, for messages.</param>
    /// <param name="threshold">Least cosine similarity that counts as a match (measured per category: see the tests).</param>
    /// <param name="template">How a word is put before embedding ("{0}" as it is, "at {0}" for times of day); anchors are put the same way.</param>
    /// <param name="concepts">Each concept's value and anchor phrases, in a fixed order (ties go to the earlier).</param>
    public ConceptSet(string name, double threshold, string template, IEnumerable<(T Value, string[] Anchors)> concepts)
    {
        Name = name;
        Threshold = threshold;
        Template = template;
        anchors = [.. concepts.SelectMany(c => c.Anchors.Select(a => (c.Value, a)))];
        vectors = new(() => SentenceEmbedding.Of(anchors.Select(a => Put(a.Anchor)).ToArray()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name { get; }
    public double Threshold { get; }
    public string Template { get; }

    /// <summary>Every anchor phrase, in order.</summary>
    public IEnumerable<string> Anchors => anchors.Select(a => a.Anchor);

    string Put(string phrase) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, phrase);

    /// <summary>The nearest concept whatever the threshold (for measuring); null for an empty word.</summary>
    public ConceptMatch<T>? Closest(string word)
    {
        if (string.IsNullOrWhiteSpace(word) || word.Length > MaxPhraseLength) return null;
        var v = SentenceEmbedding.Of(Put(word));
        var all = vectors.Value;
        int best = 0;
        double bestSimilarity = double.NegativeInfinity;
        for (int i = 0; i < all.Length; i++)
        {
            // Rounded so that a last-bit difference between machines cannot swap two near-equal concepts.
            double s = Math.Round(SentenceEmbedding.Similarity(v, all[i]), 4);
            if (s > bestSimilarity) { bestSimilarity = s; best = i; }
        }
        return new ConceptMatch<T>(anchors[best].Value, anchors[best].Anchor, bestSimilarity);
    }

    /// <summary>The concept a free word means, or null when nothing in this category is close enough.</summary>
    public ConceptMatch<T>? Nearest(string word) => Closest(word) is { } m && m.Similarity >= Threshold ? m : null;

    /// <summary>Longest phrase looked up: a heading part or a few words, never a paragraph.</summary>
    public const int MaxPhraseLength = 60;
}
