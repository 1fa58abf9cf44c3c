namespace Kinora.World;

/// <summary>What carries people: a car on a road, a boat on the water.</summary>
public enum VehicleKind { Car, Boat }
