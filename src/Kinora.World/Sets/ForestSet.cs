using System.Numerics;

namespace Kinora.World;

/// <summary>A forest clearing: earth and grass ground, a path through, many trees of three shapes, rocks, ferns, fallen logs.</summary>
static class ForestSet
{
    public static void Dress(SetBuilder b)
    {
        b.Plane(Vector3.Zero, 120, 120, Palette.Matte(70, 90, 45, 1));
        // The path winds north–south through the clearing.
        float bend = b.Dice.RangeF(-3f, 3f);
        for (float z = -50; z < 50; z += 2f)
        {
            float x = bend * MathF.Sin(z * 0.08f);
            b.Box(new(x, 0.004f, z), new(1.6f, 0.008f, 2.2f), Palette.Earth, 0.25f * MathF.Cos(z * 0.08f) * bend * 0.08f);
        }
        var clearing = new Vector2(0, 0);
        int trees = 0;
        for (int tries = 0; trees < 100 && tries < 2000; tries++)
        {
            var at = new Vector3(b.Dice.RangeF(-45f, 45f), 0, b.Dice.RangeF(-45f, 45f));
            float fromClearing = Vector2.Distance(new(at.X, at.Z), clearing);
            if (fromClearing < 7.5f) continue;
            if (MathF.Abs(at.X - bend * MathF.Sin(at.Z * 0.08f)) < 1.5f) continue;
            if (fromClearing < 20f && !b.IsClear(at, 1.2f)) continue;
            int shape = b.Dice.Next(3);
            float height = b.Dice.RangeF(7f, 14f);
            if (shape == 0) Props.Deciduous(b, at, height, fromClearing < 20);
            else Props.Conifer(b, at, height * (shape == 1 ? 1f : 1.3f), fromClearing < 20);
            trees++;
        }
        for (int i = 0; i < 25; i++)
        {
            var at = new Vector3(b.Dice.RangeF(-25f, 25f), 0, b.Dice.RangeF(-25f, 25f));
            if (Vector2.Distance(new(at.X, at.Z), clearing) < 5f) continue;
            Props.Rock(b, at, b.Dice.RangeF(0.3f, 1.2f), Palette.Rock, true);
        }
        for (int i = 0; i < 110; i++)
        {
            var at = new Vector3(b.Dice.RangeF(-30f, 30f), 0, b.Dice.RangeF(-30f, 30f));
            if (Vector2.Distance(new(at.X, at.Z), clearing) < 6f) continue;
            b.Cone(at, b.Dice.RangeF(0.2f, 0.5f), b.Dice.RangeF(0.3f, 0.7f), Palette.Vary(b.Leaves, ref b.Dice, 0.3f));
        }
        for (int i = 0; i < 4; i++)
        {
            var at = new Vector3(b.Dice.RangeF(-18f, 18f), 0.25f, b.Dice.RangeF(-18f, 18f));
            if (Vector2.Distance(new(at.X, at.Z), clearing) < 8f) continue;
            float yaw = b.Dice.RangeF(0, MathF.PI);
            b.Lying(at, 0.25f, 4f, Palette.Bark, yaw);
            b.Block(at, new(4f, 0.5f, 0.5f), yaw);
        }
        // A fallen log in the clearing to sit on.
        b.Lying(new(-3f, 0.22f, 3.5f), 0.22f, 2.6f, Palette.Bark, 0);
        b.Block(new(-3f, 0.22f, 3.5f), new(2.6f, 0.44f, 0.44f));
        b.AddSeat(new Seat(new(-3f, 0, 3.28f), 0, 0.42f) { Furniture = b.Obstacles[^1] });
        // Grass tufts in the clearing itself, sparse enough to walk through.
        Props.Meadow(b, () => new Vector3(b.Dice.RangeF(-8f, 8f), 0, b.Dice.RangeF(-8f, 8f)), 12, 0.3f, 0.22f, Palette.Matte(70, 90, 45, 1));
        b.Stage = new Aabb(new(-7, 0, -7), new(7, 2, 7));
    }
}
