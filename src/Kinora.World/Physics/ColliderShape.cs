namespace Kinora.World;

/// <summary>
/// The solid a prop collides as. Half extents in metres: a box's half sizes along its local axes; a sphere's
/// radius in X; an upright cylinder's radius in X and half height in Y (its axis is local +Y).
/// </summary>
public enum ColliderShape { Box, Sphere, Cylinder }
