namespace Kinora.Core;

/// <summary>
/// PCG-XSH-RR 32-bit generator (O'Neill 2014). The only source of randomness in Kinora:
/// one stream per (seed, stable id of the thing), so adding a thing never changes another's dice.
/// </summary>
public struct Pcg32
{
    const ulong Multiplier = 6364136223846793005UL;
    ulong state;
    readonly ulong increment;

    public Pcg32(ulong seed, ulong stream)
    {
        increment = (stream << 1) | 1UL;
        state = 0;
        NextUInt();
        state += seed;
        NextUInt();
    }

    /// <summary>A stream for a named thing: the id is hashed with a stable hash (FNV-1a), never string.GetHashCode.</summary>
    public static Pcg32 For(long seed, string id) => new((ulong)seed, StableHash.Of(id));

    public uint NextUInt()
    {
        ulong old = state;
        state = old * Multiplier + increment;
        uint xorShifted = (uint)(((old >> 18) ^ old) >> 27);
        int rot = (int)(old >> 59);
        return (xorShifted >> rot) | (xorShifted << ((-rot) & 31));
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => NextUInt() * (1.0 / 4294967296.0);

    /// <summary>Uniform in [min, max).</summary>
    public double Range(double min, double max) => min + (max - min) * NextDouble();

    public float RangeF(float min, float max) => (float)Range(min, max);

    /// <summary>Uniform integer in [0, count), without modulo bias.</summary>
    public int Next(int count)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count));
        uint bound = (uint)count;
        uint threshold = (0u - bound) % bound;
        while (true)
        {
            uint r = NextUInt();
            if (r >= threshold) return (int)(r % bound);
        }
    }

    /// <summary>Uniform integer in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Standard normal by Box–Muller.</summary>
    public double Gaussian()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
