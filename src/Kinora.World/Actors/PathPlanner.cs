using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Finds walkable paths on a set: a 10 cm grid over the stage (plus a margin) holding each cell's clearance
/// from the obstacles, A* over the free cells, then string-pulling so people walk straight where they can.
/// Other people are passed in as round blockers.
/// </summary>
public sealed class PathPlanner
{
    const float Cell = 0.1f;

    /// <summary>Clearance a walking body's centre keeps from obstacles, in metres (body radius 0.25 m plus room for the grid).</summary>
    public const float BodyClearance = 0.4f;

    readonly float[] clearance;
    readonly int nx, nz;
    readonly Vector2 origin;

    public PathPlanner(SetGeometry set)
    {
        var stage = set.Stage.Inflate(1.5f);
        origin = new Vector2(stage.Min.X, stage.Min.Z);
        nx = (int)MathF.Ceiling((stage.Max.X - stage.Min.X) / Cell);
        nz = (int)MathF.Ceiling((stage.Max.Z - stage.Min.Z) / Cell);
        var near = set.Obstacles.Where(o => o.Max.X > stage.Min.X - 2 && o.Min.X < stage.Max.X + 2 && o.Max.Z > stage.Min.Z - 2 && o.Min.Z < stage.Max.Z + 2).ToList();
        clearance = new float[nx * nz];
        for (int z = 0; z < nz; z++)
            for (int x = 0; x < nx; x++)
            {
                var p = Centre(x, z);
                clearance[z * nx + x] = SetBuilder.Clearance(near, new Vector3(p.X, 0, p.Y));
            }
    }

    Vector2 Centre(int x, int z) => origin + new Vector2((x + 0.5f) * Cell, (z + 0.5f) * Cell);

    (int X, int Z) CellOf(Vector3 p) => (Math.Clamp((int)((p.X - origin.X) / Cell), 0, nx - 1), Math.Clamp((int)((p.Z - origin.Y) / Cell), 0, nz - 1));

    /// <summary>Clearance from obstacles at p, in metres (from the grid; accurate to about 7 cm).</summary>
    public float ClearanceAt(Vector3 p)
    {
        var (x, z) = CellOf(p);
        return clearance[z * nx + x];
    }

    bool Free(int x, int z, IReadOnlyList<(Vector3 At, float Radius)> blockers)
    {
        if (clearance[z * nx + x] < BodyClearance) return false;
        var c = Centre(x, z);
        foreach (var (at, r) in blockers)
            if (Vector2.DistanceSquared(c, new Vector2(at.X, at.Z)) < r * r) return false;
        return true;
    }

    /// <summary>Whether a person can stand at p, clear of obstacles and of the blockers.</summary>
    public bool CanStand(Vector3 p, IReadOnlyList<(Vector3 At, float Radius)> blockers)
    {
        var (x, z) = CellOf(p);
        return Free(x, z, blockers);
    }

    /// <summary>
    /// The shortest clear path from a to b around obstacles and blockers, string-pulled, or null if there is none.
    /// The end cells are allowed even if a blocker touches them (people start and end beside others).
    /// </summary>
    public Walkway? Find(Vector3 a, Vector3 b, IReadOnlyList<(Vector3 At, float Radius)> blockers)
    {
        var start = CellOf(a);
        var goal = CellOf(b);
        int n = nx * nz;
        var blocked = new bool[n];
        for (int z = 0; z < nz; z++) for (int x = 0; x < nx; x++) blocked[z * nx + x] = !Free(x, z, blockers);
        // Let the walker leave its own spot and reach its target even where a neighbour's blocker reaches in.
        Unblock(blocked, start, blockers, a);
        Unblock(blocked, goal, blockers, b);
        int s = start.Z * nx + start.X, g = goal.Z * nx + goal.X;
        if (blocked[s] || blocked[g]) return null;

        var cost = new float[n];
        Array.Fill(cost, float.MaxValue);
        var from = new int[n];
        var open = new PriorityQueue<int, (float, int)>();
        cost[s] = 0;
        open.Enqueue(s, (Heuristic(s, g), s));
        while (open.TryDequeue(out int cur, out var pri))
        {
            if (cur == g) break;
            if (pri.Item1 > cost[cur] + Heuristic(cur, g) + 1e-4f) continue;
            int cx = cur % nx, cz = cur / nx;
            for (int dz = -1; dz <= 1; dz++)
                for (int dx = -1; dx <= 1; dx++)
                {
                    if (dx == 0 && dz == 0) continue;
                    int x = cx + dx, z = cz + dz;
                    if (x < 0 || z < 0 || x >= nx || z >= nz) continue;
                    int next = z * nx + x;
                    if (blocked[next]) continue;
                    if (dx != 0 && dz != 0 && (blocked[cz * nx + x] || blocked[z * nx + cx])) continue;
                    float c = cost[cur] + (dx != 0 && dz != 0 ? 1.41421356f : 1f);
                    if (c < cost[next] - 1e-6f)
                    {
                        cost[next] = c;
                        from[next] = cur;
                        open.Enqueue(next, (c + Heuristic(next, g), next));
                    }
                }
        }
        if (cost[g] == float.MaxValue) return null;

        var cells = new List<int>();
        for (int c = g; c != s; c = from[c]) cells.Add(c);
        cells.Add(s);
        cells.Reverse();
        // Start and goal in one cell: walk straight there, or stay put.
        if (cells.Count < 2)
            return Vector3.Distance(a with { Y = 0 }, b with { Y = 0 }) < 1e-3f ? null : new Walkway([a with { Y = 0 }, b with { Y = 0 }]);
        var raw = cells.Select(c => { var p = Centre(c % nx, c / nx); return new Vector3(p.X, 0, p.Y); }).ToList();
        raw[0] = a with { Y = 0 };
        raw[^1] = b with { Y = 0 };

        var pulled = new List<Vector3> { raw[0] };
        int i = 0;
        while (i < raw.Count - 1)
        {
            int j = raw.Count - 1;
            while (j > i + 1 && !Clear(raw[i], raw[j], blocked)) j--;
            pulled.Add(raw[j]);
            i = j;
        }
        if (pulled.Count == 2 && Vector3.Distance(pulled[0], pulled[1]) < 1e-3f) return null;
        return new Walkway(pulled);
    }

    void Unblock(bool[] blocked, (int X, int Z) cell, IReadOnlyList<(Vector3 At, float Radius)> blockers, Vector3 p)
    {
        // Only blockers (other people) are waived near the ends; obstacles never are.
        for (int dz = -6; dz <= 6; dz++)
            for (int dx = -6; dx <= 6; dx++)
            {
                int x = cell.X + dx, z = cell.Z + dz;
                if (x < 0 || z < 0 || x >= nx || z >= nz) continue;
                if (dx * dx + dz * dz > 36) continue;
                if (clearance[z * nx + x] < BodyClearance) continue;
                // Still keep out of any blocker the walker is not already inside.
                var c = Centre(x, z);
                bool inOther = false;
                foreach (var (at, r) in blockers)
                {
                    var a2 = new Vector2(at.X, at.Z);
                    if (Vector2.Distance(new Vector2(p.X, p.Z), a2) >= r && Vector2.Distance(c, a2) < r * 0.6f) inOther = true;
                }
                if (!inOther) blocked[z * nx + x] = false;
            }
    }

    bool Clear(Vector3 a, Vector3 b, bool[] blocked)
    {
        float len = Vector3.Distance(a, b);
        int samples = Math.Max(2, (int)(len / (Cell * 0.5f)));
        for (int k = 0; k <= samples; k++)
        {
            var p = Vector3.Lerp(a, b, k / (float)samples);
            var (x, z) = CellOf(p);
            if (blocked[z * nx + x]) return false;
        }
        return true;
    }

    float Heuristic(int a, int b)
    {
        int dx = Math.Abs(a % nx - b % nx), dz = Math.Abs(a / nx - b / nx);
        return Math.Max(dx, dz) + 0.41421356f * Math.Min(dx, dz);
    }
}
