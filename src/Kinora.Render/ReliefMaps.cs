using Kinora.Core;

namespace Kinora.Render;

/// <summary>
/// The small relief of surfaces that the set's boxes do not model (mortar joints, cobbles, boards, aggregate,
/// weave): one tiling height field per kind of surface, generated once per process from fixed PCG streams and
/// stored as what the scene shader needs, per texel: the height's slope along the pattern's two axes (metres per
/// metre, so the normal tilts the same however large the tile), how far the texel sits in a hollow (for ambient
/// occlusion in joints and gaps) and a tone (for albedo variation stone by stone), as unsigned bytes (llvmpipe
/// filters RGBA8 on its fast path; signed formats take a float path several times slower). The shader samples it
/// with mipmaps: slopes average toward flat with distance rather than shimmering.
/// </summary>
static class ReliefMaps
{
    /// <summary>Texels across a layer.</summary>
    public const int Size = 256;

    /// <summary>Slopes are stored divided by this, so a snorm byte reaches a 63° flank.</summary>
    public const float SlopeRange = 2f;

    /// <summary>
    /// The layers, indexed as scene.frag's tables index them (by Material.Pattern, with rendered plaster on the water
    /// slot, which has no relief of its own), and each layer's tile in metres (along the pattern's x and y).
    /// </summary>
    public static readonly (string Name, float TileX, float TileY)[] Layers =
    [
        ("flat", 1f, 1f),
        ("grass", 1f, 1f),
        ("brick", 0.96f, 0.64f),   // 4 bricks of 24 cm × 8 courses of 8 cm, as the shader's albedo lays them
        ("boards", 2.4f, 0.56f),   // 2 boards of 1.2 m × 4 rows of 14 cm, ends staggered by half
        ("plaster", 1f, 1f),
        ("sand", 1f, 1f),
        ("asphalt", 0.5f, 0.5f),
        ("weave", 0.3f, 0.3f),     // 64 threads each way (a coarse 4.7 mm plain weave) over soft folds
        ("foliage", 0.6f, 0.6f),
        ("cobbles", 1f, 1f),
        ("stone", 1.2f, 1.2f),
    ];

    static readonly Lazy<byte[][]> levels = new(Generate);

    /// <summary>
    /// The mip chain: level 0 is Size², each next level half as wide; each level holds every layer in turn,
    /// four bytes a texel, as glTextureSubImage3D wants them: slope x and y and tone stored as (value + 1) / 2
    /// (−1..1 over 0..255), hollow as it is (0..1).
    /// </summary>
    public static byte[][] Levels => levels.Value;

    public static int LevelCount => levels.Value.Length;

    static byte[][] Generate()
    {
        int layers = Layers.Length;
        var top = new float[layers][];
        Parallel.For(0, layers, i => top[i] = Layer(i));
        var chain = new List<byte[]>();
        var current = top;
        int size = Size;
        while (true)
        {
            var packed = new byte[layers * size * size * 4];
            for (int l = 0; l < layers; l++)
            for (int t = 0; t < size * size * 4; t++)
            {
                float value = (t & 3) == 2 ? current[l][t] : current[l][t] * 0.5f + 0.5f;
                packed[l * size * size * 4 + t] = (byte)Math.Clamp(MathF.Round(value * 255f), 0, 255);
            }
            chain.Add(packed);
            if (size == 1) break;
            // Box filter: the mean slope of a footprint is the slope of its mean height, so coarser levels are exact.
            int half = size / 2;
            var next = new float[layers][];
            for (int l = 0; l < layers; l++)
            {
                var src = current[l];
                var dst = next[l] = new float[half * half * 4];
                for (int y = 0; y < half; y++)
                for (int x = 0; x < half; x++)
                for (int c = 0; c < 4; c++)
                {
                    int a = ((2 * y) * size + 2 * x) * 4 + c, b = ((2 * y + 1) * size + 2 * x) * 4 + c;
                    dst[(y * half + x) * 4 + c] = 0.25f * (src[a] + src[a + 4] + src[b] + src[b + 4]);
                }
            }
            current = next;
            size = half;
        }
        return [.. chain];
    }

    /// <summary>One layer at full size: slope x, slope y (÷ SlopeRange), hollow 0..1 and tone −1..1 per texel.</summary>
    static float[] Layer(int index)
    {
        var (name, tileX, tileY) = Layers[index];
        var height = new float[Size * Size];
        var tone = new float[Size * Size];
        var field = new ReliefField(name);
        for (int y = 0; y < Size; y++)
        for (int x = 0; x < Size; x++)
        {
            var (h, t) = field.At((x + 0.5f) / Size, (y + 0.5f) / Size);
            height[y * Size + x] = h;
            tone[y * Size + x] = t;
        }
        float min = height.Min(), max = height.Max();
        float dx = tileX / Size, dy = tileY / Size;
        var texels = new float[Size * Size * 4];
        for (int y = 0; y < Size; y++)
        for (int x = 0; x < Size; x++)
        {
            int xm = (x + Size - 1) % Size, xp = (x + 1) % Size, ym = (y + Size - 1) % Size, yp = (y + 1) % Size;
            float sx = (height[y * Size + xp] - height[y * Size + xm]) / (2 * dx);
            float sy = (height[yp * Size + x] - height[ym * Size + x]) / (2 * dy);
            int i = (y * Size + x) * 4;
            texels[i] = Math.Clamp(sx / SlopeRange, -1f, 1f);
            texels[i + 1] = Math.Clamp(sy / SlopeRange, -1f, 1f);
            texels[i + 2] = max > min ? (max - height[y * Size + x]) / (max - min) : 0f;
            texels[i + 3] = Math.Clamp(tone[y * Size + x], -1f, 1f);
        }
        return texels;
    }

    /// <summary>Height (metres) and tone of one kind of surface at (u, v) in tile units; every term wraps at the tile's edge.</summary>
    sealed class ReliefField(string name)
    {
        readonly Lattice a = new(name + "/a"), b = new(name + "/b"), c = new(name + "/c");

        public (float Height, float Tone) At(float u, float v) => name switch
        {
            "grass" => Grass(u, v),
            "brick" => Brick(u, v),
            "boards" => Boards(u, v),
            "plaster" => (0.0012f * a.Fbm(u, v, 12, 4) + 0.0008f * b.Noise(u, v, 3), 0.5f * (c.Fbm(u, v, 6, 3) - 0.5f)),
            "sand" => Sand(u, v),
            "asphalt" => Asphalt(u, v),
            "weave" => Weave(u, v),
            "foliage" => Foliage(u, v),
            "cobbles" => Cobbles(u, v),
            "stone" => Stone(u, v),
            _ => (0f, 0f),
        };

        // Tufts and hollows of turf a few centimetres across, with fine blades on top.
        (float, float) Grass(float u, float v)
        {
            float clumps = a.Fbm(u, v, 10, 3);
            float blades = b.Noise(u, v, 96) * 0.6f + b.Noise(u * 1f, v, 48) * 0.4f;
            return (0.014f * clumps + 0.003f * blades, 1.2f * (c.Fbm(u, v, 5, 2) - 0.5f));
        }

        // Mortar recessed 6 mm behind brick faces that are slightly pillowed and rough.
        (float, float) Brick(float u, float v)
        {
            float bx = u * 4, by = v * 8;
            int row = (int)MathF.Floor(by);
            bx += (row & 1) * 0.5f;
            float fx = bx - MathF.Floor(bx), fy = by - MathF.Floor(by);
            float face = MathF.Min(Smooth(0f, 0.06f, fx) * Smooth(1f, 0.94f, fx), Smooth(0f, 0.14f, fy) * Smooth(1f, 0.86f, fy));
            float pillow = (1 - Sq(2 * fx - 1) * 0.5f) * (1 - Sq(2 * fy - 1) * 0.5f);
            float rough = a.Fbm(u, v, 48, 3);
            float h = face * (0.006f + 0.0012f * pillow + 0.0008f * rough) + (1 - face) * 0.0006f * b.Noise(u, v, 128);
            return (h, 0.6f * (rough - 0.5f) * face);
        }

        // Boards with 2 mm joints, slightly cupped, grain streaks running along each.
        (float, float) Boards(float u, float v)
        {
            float bx = u * 2, by = v * 4;
            int row = (int)MathF.Floor(by);
            bx += (row & 1) * 0.5f;
            float fx = bx - MathF.Floor(bx), fy = by - MathF.Floor(by);
            float joint = MathF.Min(Smooth(0f, 0.04f, fy) * Smooth(1f, 0.96f, fy), Smooth(0f, 0.008f, fx) * Smooth(1f, 0.992f, fx));
            float cup = Sq(2 * fy - 1) * 0.0006f;
            float grain = a.Noise(u, v, 6, 96) * 0.7f + a.Noise(u, v, 24, 256) * 0.3f;
            return (joint * (0.002f + cup + 0.0003f * grain), 0.8f * (grain - 0.5f));
        }

        // Wind ripples about 7 cm apart that wander, over fine grains.
        (float, float) Sand(float u, float v)
        {
            float phase = u * 14 + v * 2 + 1.2f * a.Fbm(u, v, 3, 2);
            float s = phase - MathF.Floor(phase);
            float ripple = s < 0.7f ? s / 0.7f : (1 - s) / 0.3f; // a long windward slope, a short lee face
            float grains = b.Noise(u, v, 128);
            return (0.004f * Smooth(0f, 1f, ripple) + 0.0005f * grains, 0.4f * (c.Fbm(u, v, 4, 2) - 0.5f));
        }

        // Stones of aggregate a centimetre across standing out of the binder.
        (float, float) Asphalt(float u, float v)
        {
            var (f1, _, id) = a.Cells(u, v, 40, 40);
            float stone = MathF.Sqrt(MathF.Max(0f, 1 - f1 * 1.7f));
            float binder = b.Noise(u, v, 96);
            return (0.0016f * stone + 0.0004f * binder, stone * (Lattice.Unit(id) - 0.5f) * 1.4f);
        }

        // Plain weave, warp over weft then under, each thread round in section, over soft folds that hang along
        // the pattern's y (a garment's vertical), a few centimetres apart: what reads of cloth at a close-up's distance.
        (float, float) Weave(float u, float v)
        {
            float x = u * 64, y = v * 64;
            int i = (int)MathF.Floor(x), j = (int)MathF.Floor(y);
            float fx = x - i, fy = y - j;
            bool warpOver = ((i + j) & 1) == 0;
            float warp = MathF.Sqrt(MathF.Max(0f, 1 - Sq(2 * fx - 1))) * (warpOver ? 1f : 0.45f);
            float weft = MathF.Sqrt(MathF.Max(0f, 1 - Sq(2 * fy - 1))) * (warpOver ? 0.45f : 1f);
            float folds = 0.65f * a.Noise(u, v, 8, 2) + 0.35f * b.Noise(u, v, 16, 4);
            return (0.0006f * MathF.Max(warp, weft) + 0.003f * folds, (warp > weft ? 0.2f : -0.2f) + 0.3f * (folds - 0.5f));
        }

        // Leaves in clumps: domes with dark gaps between.
        (float, float) Foliage(float u, float v)
        {
            var (f1, _, id) = a.Cells(u, v, 12, 12);
            float leaf = Sq(MathF.Max(0f, 1 - f1 * 1.2f));
            return (0.02f * leaf + 0.004f * b.Noise(u, v, 48), 0.8f * (Lattice.Unit(id) - 0.5f) + 0.3f * leaf);
        }

        // Rounded setts about 12 cm across with sand in the gaps.
        (float, float) Cobbles(float u, float v)
        {
            var (f1, f2, id) = a.Cells(u, v, 8, 8);
            float edge = f2 - f1; // 0 on the border between two stones
            float dome = MathF.Sqrt(Math.Clamp(edge * 3.5f, 0f, 1f));
            return (0.012f * dome + 0.001f * b.Fbm(u, v, 32, 2), 1.2f * (Lattice.Unit(id) - 0.5f) * dome);
        }

        // Dressed stone courses 30 cm high, blocks of varied length, 8 mm joints, faces rough-hewn.
        (float, float) Stone(float u, float v)
        {
            float y = v * 4;
            int row = (int)MathF.Floor(y);
            float fy = y - row;
            // Each course has three joints at its own offsets (wrapping at the tile's width).
            float shift = Lattice.Unit(row * 7 + 3);
            float x = (u + shift) * 3;
            int block = (int)MathF.Floor(x);
            float fx = x - block;
            float face = Smooth(0f, 0.03f, fy) * Smooth(1f, 0.97f, fy) * Smooth(0f, 0.02f, fx) * Smooth(1f, 0.98f, fx);
            float hewn = a.Fbm(u, v, 20, 3);
            int id = row * 31 + ((block % 3) + 3) % 3;
            return (face * (0.008f + 0.003f * hewn), face * (1.0f * (Lattice.Unit(id) - 0.5f) + 0.4f * (hewn - 0.5f)));
        }
    }

    /// <summary>Random values on an integer lattice from one PCG stream, looked up with wrapping, for tiling noise.</summary>
    sealed class Lattice
    {
        const int Period = 256;
        readonly float[] values = new float[Period * Period];
        readonly float[] jitterX = new float[Period * Period], jitterY = new float[Period * Period];

        public Lattice(string id)
        {
            var dice = Pcg32.For(0, "relief/" + id);
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = (float)dice.NextDouble();
                jitterX[i] = (float)dice.NextDouble();
                jitterY[i] = (float)dice.NextDouble();
            }
        }

        /// <summary>A fixed pseudo-random 0..1 for an integer (a cell's or a course's identity).</summary>
        public static float Unit(int id)
        {
            uint h = (uint)id * 0x9E3779B1u;
            h ^= h >> 15;
            h *= 0x85EBCA77u;
            h ^= h >> 13;
            return (h & 0xFFFFFF) / 16777216f;
        }

        float Value(int x, int y, int cellsX, int cellsY)
        {
            x = ((x % cellsX) + cellsX) % cellsX;
            y = ((y % cellsY) + cellsY) % cellsY;
            return values[(y % Period) * Period + x % Period];
        }

        /// <summary>Value noise with cellsX × cellsY cells across the tile, 0..1.</summary>
        public float Noise(float u, float v, int cellsX, int cellsY)
        {
            float x = u * cellsX, y = v * cellsY;
            int ix = (int)MathF.Floor(x), iy = (int)MathF.Floor(y);
            float fx = x - ix, fy = y - iy;
            fx = fx * fx * (3 - 2 * fx);
            fy = fy * fy * (3 - 2 * fy);
            float top = float.Lerp(Value(ix, iy, cellsX, cellsY), Value(ix + 1, iy, cellsX, cellsY), fx);
            float bottom = float.Lerp(Value(ix, iy + 1, cellsX, cellsY), Value(ix + 1, iy + 1, cellsX, cellsY), fx);
            return float.Lerp(top, bottom, fy);
        }

        public float Noise(float u, float v, int cells) => Noise(u, v, cells, cells);

        /// <summary>Octaves of value noise, each twice as fine and half as strong, 0..1.</summary>
        public float Fbm(float u, float v, int cells, int octaves)
        {
            float sum = 0, weight = 0, amp = 1;
            for (int o = 0; o < octaves; o++, cells *= 2, amp *= 0.5f)
            {
                sum += amp * Noise(u + o * 0.37f, v + o * 0.61f, cells);
                weight += amp;
            }
            return sum / weight;
        }

        /// <summary>Worley cells: distances (in cells) to the nearest and second-nearest jittered point, and the nearest's id.</summary>
        public (float F1, float F2, int Id) Cells(float u, float v, int cellsX, int cellsY)
        {
            float x = u * cellsX, y = v * cellsY;
            int ix = (int)MathF.Floor(x), iy = (int)MathF.Floor(y);
            float f1 = 9f, f2 = 9f;
            int id = 0;
            for (int j = -1; j <= 1; j++)
            for (int i = -1; i <= 1; i++)
            {
                int cx = ((ix + i) % cellsX + cellsX) % cellsX, cy = ((iy + j) % cellsY + cellsY) % cellsY;
                int k = cy * Period + cx;
                float px = ix + i + 0.1f + 0.8f * jitterX[k], py = iy + j + 0.1f + 0.8f * jitterY[k];
                float d = MathF.Sqrt(Sq(px - x) + Sq(py - y));
                if (d < f1) { f2 = f1; f1 = d; id = k; }
                else if (d < f2) f2 = d;
            }
            return (f1, f2, id);
        }
    }

    static float Sq(float x) => x * x;

    static float Smooth(float e0, float e1, float x)
    {
        float t = Math.Clamp((x - e0) / (e1 - e0), 0f, 1f);
        return t * t * (3 - 2 * t);
    }
}
